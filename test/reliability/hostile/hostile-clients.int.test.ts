import { importCorpus } from '@treatygraph/import';
import { graphChecksum } from '@treatygraph/import/graph-checksum';
import { createYoga, errorCodes as serverCodes, startServer } from '@treatygraph/server';
import type { RunningServer } from '@treatygraph/server';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { errorCodes, graphqlPost } from '../support/graphql-post';
import type { GraphQLReply } from '../support/graphql-post';
import { injectionProbes } from './argument-probes';

const TOKEN = 'reliability-suite-token-0123456789';
const ALLOWED_ORIGIN = 'https://analyst.example.org';
// Codes a client may see: the server's exposed ones and graphql-yoga's request errors.
const PUBLIC_CODES = new Set<unknown>([
  ...Object.entries(serverCodes)
    .filter(([, c]) => c.expose)
    .map(([code]) => code),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);
// What must never reach a client: driver, Cypher, Lucene or stack details.
const INTERNALS = /Neo4j|Neo\.|Cypher|bolt:|Lucene|\bat .+:\d+:\d+/i;
const FAST_MS = 1_000;

function expectRejected(reply: GraphQLReply, codes: string[]): void {
  expect(reply.ms).toBeLessThan(FAST_MS);
  expect(reply.body.data ?? null).toBeNull();
  expect(errorCodes(reply).length).toBeGreaterThan(0);
  for (const code of errorCodes(reply)) expect(codes).toContain(code);
  expect(JSON.stringify(reply.body)).not.toMatch(INTERNALS);
}

// The API as a hostile internet sees it: writes on with a token, introspection off, one
// allowed origin. Every attack is refused fast with a code and the graph never changes.
describe('hostile GraphQL clients', () => {
  let driver: Driver;
  let server: RunningServer;
  let checksum: string;
  const imports: unknown[] = [];
  const post = (query: string, variables?: Record<string, unknown>, init?: RequestInit) =>
    graphqlPost(server.url, { query, ...(variables && { variables }) }, init);

  beforeAll(async () => {
    driver = neo4j.driver(inject('neo4jUri'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await importCorpus(driver);
    checksum = await graphChecksum(driver);
    const yoga = createYoga({
      driver,
      importToken: TOKEN,
      importer: async (files) => {
        imports.push(files);
        throw new Error('the importer must not be reached without the token');
      },
      introspection: false,
      corsOrigins: [ALLOWED_ORIGIN],
      maxBodyBytes: 100_000,
    });
    server = await startServer({ yoga, port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    // Healthy after every attack: /health is up and an ordinary query answers.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await post('{ state(code: "LAO") { name } }')).body).toEqual({
      data: { state: { name: 'Laos' } },
    });
  });
  afterAll(async () => {
    await server?.close();
    if (driver) expect(await graphChecksum(driver)).toBe(checksum);
    await driver?.close();
  });

  it('refuses deep nesting', async () => {
    let selection = 'code';
    for (let i = 0; i < 20; i += 1) selection = `signed { signatories { ${selection} } }`;
    expectRejected(await post(`{ state(code: "LAO") { ${selection} } }`), ['DEPTH_LIMIT']);
  });

  it('refuses alias bombs and fragment bombs', async () => {
    const aliases = Array.from(
      { length: 500 },
      (_, i) => `a${i}: states(first: 100) { totalCount }`,
    );
    expectRejected(await post(`{ ${aliases.join(' ')} }`), ['ALIAS_LIMIT', 'TOKEN_LIMIT']);
    // Each fragment doubles the one before through aliases: 2^12 copies if expanded.
    const fragments = Array.from(
      { length: 12 },
      (_, i) =>
        `fragment F${i + 1} on Query { x: states(first: 100) { edges { node { code } } } ` +
        `l${i}: search(query: "a") { score } ...F${i} ...F${i} }`,
    );
    const bomb = `{ ...F12 } fragment F0 on Query { declarations { totalCount } } ${fragments.join(' ')}`;
    expectRejected(await post(bomb), ['ALIAS_LIMIT', 'DEPTH_LIMIT', 'COST_LIMIT', 'TOKEN_LIMIT']);
    const cycle = '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
    expectRejected(await post(cycle), ['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses huge pages and batches, and bounds giant strings', async () => {
    const page = await post('{ states(first: 1000000) { totalCount } }');
    expectRejected(page, ['BAD_USER_INPUT', 'COST_LIMIT']);
    const cost = await post(
      '{ states(first: 100) { edges { node { signed { signatories { signed { title } } } } } } }',
    );
    expect(JSON.stringify(cost.body.errors)).toMatch(/COST_LIMIT|DEPTH_LIMIT/);
    expectRejected(cost, ['COST_LIMIT', 'DEPTH_LIMIT']);
    const batch = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array(2_000).fill({ query: '{ states { totalCount } }' })),
    });
    expect(batch.status).toBeGreaterThanOrEqual(400);
    expect(batch.status).toBeLessThan(500);
    const giant = await post('query($q: String!) { search(query: $q) { score } }', {
      q: Array.from({ length: 5_000 }, (_, i) => `trafficking${i}`).join(' '),
    });
    expect(giant.ms).toBeLessThan(FAST_MS * 3);
    expect(JSON.stringify(giant.body)).not.toMatch(INTERNALS);
    for (const code of errorCodes(giant)) expect(PUBLIC_CODES).toContain(code);
    const tokens = await post(`{ state(code: "${'"'.repeat(0)}${'x'.repeat(90_000)}") { name } }`);
    expect(tokens.ms).toBeLessThan(FAST_MS);
    expect(tokens.body).toEqual({ data: { state: null } });
  });

  it('keeps Cypher-injection strings in every string argument as data', async () => {
    const probes = injectionProbes();
    const failures: string[] = [];
    let slowest = 0;
    for (let i = 0; i < probes.length; i += 8) {
      const replies = await Promise.all(
        probes.slice(i, i + 8).map(async (probe) => ({
          probe,
          reply: await post(probe.query, probe.variables as Record<string, unknown>),
        })),
      );
      for (const { probe, reply } of replies) {
        slowest = Math.max(slowest, reply.ms);
        const codes = errorCodes(reply).filter((c) => !PUBLIC_CODES.has(c));
        const leak = INTERNALS.test(JSON.stringify(reply.body));
        if (reply.status >= 500 || codes.length > 0 || leak) {
          const why = `status ${reply.status}, codes ${codes.join()}, leak ${leak}`;
          failures.push(
            `${probe.field}(${probe.path}) ${why}: ${JSON.stringify(reply.body).slice(0, 300)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(imports).toEqual([]);
    expect(await graphChecksum(driver)).toBe(checksum);
    console.info(
      `[reliability] ${probes.length} injection probes, slowest ${Math.round(slowest)} ms`,
    );
  }, 120_000);

  it('answers malformed JSON with 400 and oversized bodies with 413', async () => {
    for (const body of [
      '{"query": "{ states { totalCount } }"',
      '\u0000\u0001',
      'null',
      '[]',
      '"x"',
    ]) {
      const started = performance.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(performance.now() - started).toBeLessThan(FAST_MS);
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(INTERNALS);
    }
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ states { totalCount } }',
        variables: { pad: 'x'.repeat(200_000) },
      }),
    });
    expect(big.status).toBe(413);
  });

  it('refuses introspection when it is off, but answers __typename', async () => {
    expectRejected(await post('{ __schema { types { name } } }'), ['INTROSPECTION_DISABLED']);
    expectRejected(await post('{ __type(name: "State") { fields { name } } }'), [
      'INTROSPECTION_DISABLED',
    ]);
    expect((await post('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    // Nor do misspelt names get the right ones suggested.
    const guess = await post('{ stat(code: "LAO") { nam } }');
    expectRejected(guess, ['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(guess.body)).not.toMatch(/Did you mean/);
  });

  it('refuses writes without the token or with a wrong one', async () => {
    const mutation = 'mutation($f: [ImportFileInput!]!) { importDocuments(files: $f) { ok } }';
    const files = [{ name: 'a.yaml', content: 'format: treatygraph/1\n' }];
    expectRejected(await post(mutation, { f: files }), ['UNAUTHENTICATED']);
    const wrong = { headers: { authorization: `Bearer ${TOKEN}x` } };
    expectRejected(await post(mutation, { f: files }, wrong), ['UNAUTHENTICATED']);
    const sneaky = { headers: { authorization: `Basic ${TOKEN}` } };
    expectRejected(await post(mutation, { f: files }, sneaky), ['UNAUTHENTICATED']);
    expect(imports).toEqual([]);
  });

  it('honours CORS: the allowed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).not.toBe('true');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await post('{ __typename }', undefined, {
      headers: { origin: 'https://evil.example.com' },
    });
    expect(simple.status).toBe(200);
  });
});
