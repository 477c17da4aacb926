import { afterAll, describe, expect, it } from 'vitest';
import type { ReadFn } from '../db/read';
import { createOfflineYoga } from '../testing/offline-yoga';

const emptyRead = (async () => [{ totalCount: 0, nodes: [] }]) as ReadFn;
const ALLOWED = 'https://analyst.example.org';

describe('CORS allow-list and body-size limit from configuration', () => {
  const { yoga, close } = createOfflineYoga({
    read: emptyRead,
    corsOrigins: [ALLOWED, 'http://localhost:5173'],
    maxBodyBytes: 2_000,
  });
  const closed = createOfflineYoga({ read: emptyRead });
  afterAll(async () => {
    await close();
    await closed.close();
  });

  const preflight = (origin: string, target = yoga) =>
    target.fetch('http://test/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });

  it('answers a listed origin’s preflight with that origin, without credentials', async () => {
    const response = await preflight(ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives an unlisted origin no CORS headers', async () => {
    const response = await preflight('https://evil.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ states { totalCount } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is same-origin only when no origin is configured', async () => {
    const response = await preflight(ALLOWED, closed.yoga);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ states { totalCount } }',
        variables: { pad: 'x'.repeat(3_000) },
      }),
    });
    expect(response.status).toBe(413);
    const small = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ states { totalCount } }' }),
    });
    expect(small.status).toBe(200);
  });
});
