import { createDriver, createYoga, startServer } from '@treatygraph/server';
import type { RunningServer } from '@treatygraph/server';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, graphqlPost } from '../support/graphql-post';
import { startOwnNeo4j } from '../support/own-neo4j';
import type { OwnNeo4j } from '../support/own-neo4j';

const QUERY = { query: '{ states(first: 3) { totalCount edges { node { code } } } }' };

// Neo4j goes away under a running server and comes back; the server is never restarted.
describe('Neo4j stopped while the server runs', () => {
  let neo4j: OwnNeo4j;
  let driver: Driver;
  let server: RunningServer;

  beforeAll(async () => {
    neo4j = await startOwnNeo4j();
    driver = createDriver({ uri: neo4j.uri });
    await driver.executeQuery("CREATE (:State {code: 'LAO', name: 'Laos'})");
    server = await startServer({ yoga: createYoga({ driver }), port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await neo4j?.dispose();
  });

  it('answers SERVICE_UNAVAILABLE within 3 s, /health is 503, then recovers on its own', async () => {
    const up = await graphqlPost(server.url, QUERY);
    expect(up.body).toMatchObject({ data: { states: { totalCount: 1 } } });

    await neo4j.current().stop();
    const downMs: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const down = await graphqlPost(server.url, QUERY);
      downMs.push(Math.round(down.ms));
      expect(errorCodes(down)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(down.ms).toBeLessThan(3_000);
      expect(JSON.stringify(down.body)).not.toMatch(/bolt:|127\.0\.0\.1|Neo4jError|at .*\.js/);
    }
    const started = performance.now();
    const health = await fetch(`${server.url}/health`);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable' });

    await neo4j.restart();
    const back = performance.now();
    let reply = await graphqlPost(server.url, QUERY);
    while (reply.body.errors && performance.now() - back < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      reply = await graphqlPost(server.url, QUERY);
    }
    expect(reply.body).toMatchObject({ data: { states: { totalCount: 1 } } });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    console.info(
      `[reliability] Neo4j down: SERVICE_UNAVAILABLE in ${downMs.join(', ')} ms; recovered ` +
        `${Math.round(performance.now() - back)} ms after Neo4j was back, no server restart`,
    );
  });
});
