import { importCorpus } from '@treatygraph/import';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startServerProcess } from '../support/server-process';
import type { ServerProcess } from '../support/server-process';
import { graphqlPost } from '../support/graphql-post';
import { ANALYST_QUERIES } from './analyst-queries';
import { runSoak } from './soak-run';

// The short soak of the int suite; `npm run soak` runs the same for two minutes.
describe('a bounded soak on loopback', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    const driver = neo4j.driver(inject('neo4jUri'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await importCorpus(driver);
    await driver.close();
    server = await startServerProcess({ NEO4J_URI: inject('neo4jUri') });
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  it('serves 64 connections of mixed analyst queries for 15 s with no error and flat memory', async () => {
    for (const body of ANALYST_QUERIES) {
      const reply = await graphqlPost(server.url, JSON.parse(body) as { query: string });
      expect(reply.body.errors, body).toBeUndefined();
    }
    // The worker threads load their code once, on the first heavy question: that is start-up,
    // not growth, so it happens before the first sample.
    const heavy = await graphqlPost(server.url, { query: '{ coalitions { cohesion } }' });
    expect(heavy.body.errors).toBeUndefined();
    // Every request must be answered, and answered right; how fast is the bench's question. 64
    // connections saturate two cores, so an answer may wait for seconds: the client waits long
    // enough that only a hung request counts.
    const report = await runSoak({
      url: server.url,
      seconds: 15,
      connections: 64,
      rssMb: () => server.rssMb(),
      timeoutSeconds: 60,
    });
    console.info(`[reliability] soak: ${JSON.stringify(report)}`);
    expect(report.requests).toBeGreaterThan(100);
    expect(report.errors).toBe(0);
    // Growth past warm-up would show a leak; caches and JIT stay well under this.
    expect(report.rssMb.end - report.rssMb.warm).toBeLessThan(200);
  }, 90_000);
});
