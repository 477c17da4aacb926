import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlPost } from '../reliability/support/graphql-post';
import { startServerProcess } from '../reliability/support/server-process';
import type { ServerProcess } from '../reliability/support/server-process';

const TOKEN = 'two-servers-test-token';
const DECLARATIONS = ['2026-02-01-scale-out-first', '2026-02-02-scale-out-second'];

const document = [
  'format: treatygraph/1',
  'nodes:',
  '  Declaration:',
  ...DECLARATIONS.map((id) => `    - { id: ${id}, title: ${id}, adoptedOn: 2026-02-01 }`),
  'relationships:',
  ...DECLARATIONS.flatMap((id) =>
    ['FRA', 'DEU', 'ITA'].map((code) => `  - { type: SIGNED, from: ${code}, to: ${id} }`),
  ),
].join('\n');

const coalitionsQuery = `{ coalitions(filter: { declarations: ${JSON.stringify(DECLARATIONS)} }) {
  members { code } } }`;

async function stop(server: ServerProcess | undefined) {
  if (!server || server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

describe('two server processes on one Neo4j', () => {
  let importing: ServerProcess | undefined;
  let other: ServerProcess | undefined;

  beforeAll(async () => {
    const driver = neo4j.driver(inject('neo4jUri'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.close();
    const env = { NEO4J_URI: inject('neo4jUri'), HEAVY_THREADS: '1' };
    // `npm run serve` imports the corpus and takes imports; the API alone only reads.
    importing = await startServerProcess({ ...env, IMPORT_TOKEN: TOKEN }, 'scripts/start.ts');
    other = await startServerProcess(env);
  });

  afterAll(async () => {
    await Promise.all([stop(importing), stop(other)]);
  });

  it('the other answers with what was imported through one, though it cached the answer before', async () => {
    const url = other?.url ?? '';
    // Asked twice: the second answer comes from the other process's cache.
    for (let i = 0; i < 2; i++) {
      expect((await graphqlPost(url, { query: coalitionsQuery })).body).toEqual({
        data: { coalitions: [] },
      });
    }

    const imported = await graphqlPost(
      importing?.url ?? '',
      {
        query: `mutation ($files: [ImportFileInput!]!) { importDocuments(files: $files) { ok written } }`,
        variables: { files: [{ name: 'scale-out.yaml', content: document }] },
      },
      { headers: { authorization: `Bearer ${TOKEN}` } },
    );
    expect(imported.body).toEqual({ data: { importDocuments: { ok: true, written: true } } });

    expect((await graphqlPost(url, { query: coalitionsQuery })).body).toEqual({
      data: { coalitions: [{ members: [{ code: 'FRA' }, { code: 'DEU' }, { code: 'ITA' }] }] },
    });
  });
});
