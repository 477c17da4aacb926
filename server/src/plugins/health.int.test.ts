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

describe('GET /health', () => {
  it('is 200 with Neo4j details when Neo4j answers', async () => {
    const driver = createDriver({ uri: inject('neo4jUri') });
    try {
      const response = await createYoga({ driver }).fetch('http://test/health');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toMatchObject({
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
      const response = await createYoga({ driver }).fetch('http://test/health');
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'unavailable',
        neo4j: { status: 'down', code: 'SERVICE_UNAVAILABLE' },
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
