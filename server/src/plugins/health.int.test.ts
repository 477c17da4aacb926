import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import { createYoga } from '../yoga';

/** A port on which nothing listens: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const TOKEN = 'an-import-token-of-some-length';
const withToken = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('GET /health', () => {
  it('lists each data source while the folder loads, why one failed only with the token', async () => {
    const driver = createDriver({ uri: inject('neo4jUri') });
    try {
      const failed = { name: 'untc-mtdsg-2015', state: 'failed', message: 'bad row' } as const;
      const loading = { name: 'unga-votes-voeten', state: 'loading' } as const;
      const yoga = createYoga({ driver, importToken: TOKEN, sourceLoads: () => [failed, loading] });
      const plain = await yoga.fetch('http://test/health');
      expect(await plain.json()).toEqual({
        status: 'ok',
        sources: [{ name: 'untc-mtdsg-2015', state: 'failed' }, loading],
      });
      const detailed = await yoga.fetch('http://test/health', withToken(TOKEN));
      expect(await detailed.json()).toMatchObject({ sources: [failed, loading] });
    } finally {
      await driver.close();
    }
  });

  it('is 200 and says only ok, unless asked with the import token', async () => {
    const driver = createDriver({ uri: inject('neo4jUri') });
    try {
      const yoga = createYoga({ driver, importToken: TOKEN });
      const response = await yoga.fetch('http://test/health');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ status: 'ok' });
      const wrong = await yoga.fetch('http://test/health', withToken('not-the-import-token'));
      expect(await wrong.json()).toEqual({ status: 'ok' });
      const detailed = await yoga.fetch('http://test/health', withToken(TOKEN));
      expect(await detailed.json()).toMatchObject({
        status: 'ok',
        neo4j: {
          status: 'up',
          version: expect.stringMatching(/^Neo4j\/5\./),
          latencyMs: expect.any(Number),
        },
      });
    } finally {
      await driver.close();
    }
  });

  it('is 503, quickly, when Neo4j is unreachable', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}` });
    try {
      const started = Date.now();
      const yoga = createYoga({ driver, importToken: TOKEN });
      const response = await yoga.fetch('http://test/health', withToken(TOKEN));
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'unavailable',
        neo4j: { status: 'down', code: 'SERVICE_UNAVAILABLE' },
      });
      expect(await (await yoga.fetch('http://test/health')).json()).toEqual({
        status: 'unavailable',
      });
    } finally {
      await driver.close();
    }
  });

  it('leaves the process-only liveness check at /health/live', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}` });
    try {
      expect((await createYoga({ driver }).fetch('http://test/health/live')).status).toBe(200);
    } finally {
      await driver.close();
    }
  });
});
