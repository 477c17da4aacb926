import { afterAll, describe, expect, it } from 'vitest';
import { createOfflineYoga } from '../testing/offline-yoga';

describe('GraphiQL from our own assets', () => {
  const { yoga, close } = createOfflineYoga();
  afterAll(close);
  const get = (path: string, accept = '*/*') =>
    yoga.fetch(`http://test${path}`, { headers: { accept } });

  it('renders a page that loads nothing from another origin and runs no inline script', async () => {
    const html = await (await get('/graphql', 'text/html')).text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script>/);
    expect(html).toMatch(/<script src="\/graphiql\/[0-9a-f]{12}\/graphiql\.js">/);
    expect(html).toContain('<title>treatygraph</title>');
  });

  it('serves every file the page and its editor workers name, cached for good', async () => {
    const html = await (await get('/graphql', 'text/html')).text();
    const base = /\/graphiql\/[0-9a-f]{12}/.exec(html)?.[0];
    for (const file of [
      'graphiql.js',
      'graphiql.css',
      'favicon.ico',
      'editor.worker.js',
      'json.worker.js',
      'graphql.worker.js',
    ]) {
      const response = await get(`${base}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control')).toContain('immutable');
    }
    const script = await (await get(`${base}/graphiql.js`)).text();
    expect(script).toContain(`${base}/json.worker.js`);
    expect(script).toContain('renderYogaGraphiQL');
  });

  it('answers 404 for another version or file', async () => {
    expect((await get('/graphiql/000000000000/graphiql.js')).status).toBe(404);
    expect((await get('/graphiql/x')).status).toBe(404);
  });

  it('keeps the options JSON from closing its script element', async () => {
    const { renderOfflineGraphiQL } = await import('./graphiql-assets');
    const html = await renderOfflineGraphiQL({ title: '<b>', defaultQuery: '</script><x>' });
    expect(html).toContain('<title>&lt;b&gt;</title>');
    expect(html).not.toContain('</script><x>');
  });
});
