import { importCorpus } from '@treatygraph/import';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlPost } from '../reliability/support/graphql-post';
import { startServerProcess } from '../reliability/support/server-process';
import type { ServerProcess } from '../reliability/support/server-process';

const CHEAP = { query: '{ state(code: "FRA") { name } }' };
const BURST = 32;

// Each resolution is a different question: nothing is cached or shared, all of it is work.
const expensive = (i: number) => ({ query: `{ coalitions(resolution: ${1 + i / 100}) { id } }` });

const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? Infinity;

async function cheapLatencies(url: string, count: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const reply = await graphqlPost(url, CHEAP);
    expect(reply.body).toEqual({ data: { state: { name: 'France' } } });
    ms.push(reply.ms);
  }
  return ms;
}

describe('a storm of expensive questions', () => {
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    const driver = neo4j.driver(inject('neo4jUri'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await importCorpus(driver);
    await driver.close();
    // One thread and no queue: a burst overflows at once.
    server = await startServerProcess({
      NEO4J_URI: inject('neo4jUri'),
      HEAVY_THREADS: '1',
      HEAVY_QUEUE: '0',
    });
  });

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  it('refuses the overflow at once with 429 and Retry-After while a cheap query keeps answering', async () => {
    const url = server?.url ?? '';
    await graphqlPost(url, expensive(0));
    const idle = await cheapLatencies(url, 20);

    const burst = Array.from({ length: BURST }, async (_, i) => {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(expensive(i + 1)),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        code: body.errors?.[0]?.extensions?.code,
        ms: performance.now() - started,
      };
    });
    const during = await cheapLatencies(url, 20);
    const outcomes = await Promise.all(burst);

    const refused = outcomes.filter((o) => o.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const o of refused) {
      expect(o.code).toBe('RATE_LIMITED');
      expect(Number(o.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    expect(outcomes.filter((o) => o.status !== 429).map((o) => [o.status, o.code])).toEqual(
      outcomes.filter((o) => o.status !== 429).map(() => [200, undefined]),
    );
    // At once: a refusal waits for no computation (and reads nothing from Neo4j first), so
    // every 429 comes back before the last of the computed answers.
    const answered = outcomes.filter((o) => o.status === 200);
    expect(answered.length).toBeGreaterThan(0);
    expect(Math.max(...refused.map((o) => o.ms))).toBeLessThan(
      Math.max(...answered.map((o) => o.ms)),
    );
    // Loose: the cheap query is not stuck behind the storm (the bench measures the ratio).
    expect(p95(during)).toBeLessThan(Math.max(10 * p95(idle), 1_000));
  });
});
