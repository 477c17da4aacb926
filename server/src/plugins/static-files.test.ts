import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineYoga } from '../testing/offline-yoga';
import type { TreatygraphYoga } from '../yoga';
import { CONTENT_SECURITY_POLICY } from './static-files';

describe('serving the built web app', () => {
  let root: string;
  let yoga: TreatygraphYoga;
  let close: () => Promise<void>;
  const get = (path: string, accept = '*/*') =>
    yoga.fetch(`http://test${path}`, { headers: { accept } });

  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'treatygraph-web-'));
    root = join(parent, 'dist');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>treatygraph</title>');
    await writeFile(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
    await writeFile(join(root, 'favicon.svg'), '<svg/>');
    await writeFile(join(parent, 'secret.txt'), 'outside the web root');
    ({ yoga, close } = createOfflineYoga({ webRoot: root }));
  });

  afterAll(async () => {
    await close();
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache', async () => {
    const response = await get('/', 'text/html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>treatygraph</title>');
  });

  it('sends a strict Content-Security-Policy with every file', async () => {
    for (const path of ['/', '/assets/app-1a2b.js']) {
      const policy = (await get(path, 'text/html')).headers.get('content-security-policy');
      expect(policy).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The one inline style allowed is the rule Cytoscape.js inserts for its containers.
    const rule = '.__________cytoscape_container { position: relative; }';
    const hash = createHash('sha256').update(rule).digest('base64');
    expect(CONTENT_SECURITY_POLICY).toContain(`'sha256-${hash}'`);
  });

  it('serves hashed assets with their type, cached for good', async () => {
    const response = await get('/assets/app-1a2b.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1)');
    expect((await get('/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('falls back to index.html for client-side routes that accept HTML', async () => {
    const response = await get('/state/LAO', 'text/html,application/xhtml+xml');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('treatygraph');
  });

  it('answers 404 for a missing file, rather than HTML', async () => {
    expect((await get('/assets/missing.js', 'text/html')).status).toBe(404);
  });

  it('never serves files outside the web root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await get(path);
      expect(await response.text()).not.toContain('outside the web root');
    }
  });

  it('leaves /graphql and /health to the API', async () => {
    const graphiql = await get('/graphql', 'text/html');
    expect(await graphiql.text()).toContain('GraphiQL');
    expect((await get('/health')).headers.get('content-type')).toContain('application/json');
  });

  it('answers HEAD without a body', async () => {
    const response = await yoga.fetch('http://test/favicon.svg', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('6');
    expect(await response.text()).toBe('');
  });
});
