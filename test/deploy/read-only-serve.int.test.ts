import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema, seedCorpus } from '@treatygraph/import';
import { graphChecksum } from '@treatygraph/import/graph-checksum';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j } from '../../scripts/neo4j';
import type { LocalNeo4j } from '../../scripts/neo4j';
import { graphqlPost } from '../reliability/support/graphql-post';
import { startServerProcess } from '../reliability/support/server-process';
import { dockerfileHealthcheck } from './dockerfile';

const TOKEN = 'a-token-of-at-least-16-characters';

/** The image's HEALTHCHECK against an app on `port`; resolves its exit code. */
function healthcheck(port: string): Promise<number> {
  const [command, ...args] = dockerfileHealthcheck();
  return new Promise((resolve) => {
    execFile(String(command), args, { env: { ...process.env, PORT: port } }, (error) =>
      resolve(error ? 1 : 0),
    );
  });
}

// Community edition has no roles, so "a user without write rights" is a database Neo4j itself
// keeps read-only (server.databases.default_to_read_only): every write is refused as it would be
// for a reader-role user on Enterprise or Aura. `npm run serve` with READ_ONLY=on must start and
// answer there; without it, start-up tries to write and fails.
describe('npm run serve with READ_ONLY=on against a database that refuses writes', () => {
  let dir: string;
  let server: LocalNeo4j;
  let checksum: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'treatygraph-read-only-'));
    const quiet = () => undefined;
    const writable = await startNeo4j({ dir, onProgress: quiet });
    const port = Number(new URL(writable.uri).port);
    const driver = neo4j.driver(writable.uri);
    await applySchema(driver);
    await seedCorpus(driver);
    checksum = await graphChecksum(driver);
    await driver.close();
    await writable.stop();
    server = await startNeo4j({ dir, port, readOnly: true, onProgress: quiet });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('the database refuses writes', async () => {
    const driver = neo4j.driver(server.uri);
    try {
      await expect(driver.executeQuery('CREATE (:Probe)')).rejects.toThrow(/read.only/i);
    } finally {
      await driver.close();
    }
  });

  it('starts, answers queries and the image healthcheck, and refuses importDocuments', async () => {
    const app = await startServerProcess(
      { NEO4J_URI: server.uri, READ_ONLY: 'on', IMPORT_TOKEN: TOKEN },
      'scripts/start.ts',
    );
    try {
      expect(app.output()).toMatch(/READ_ONLY=on/);
      const answer = await graphqlPost(app.url, {
        query: '{ instrument(id: "untoc") { id } }',
      });
      expect(answer.body).toMatchObject({ data: { instrument: { id: 'untoc' } } });
      const write = await graphqlPost(
        app.url,
        {
          query:
            'mutation { importDocuments(files: [{ name: "a.yaml", content: "x" }]) { __typename } }',
        },
        { headers: { authorization: `Bearer ${TOKEN}` } },
      );
      expect(JSON.stringify(write.body)).toMatch(/WRITES_DISABLED/);
      expect(await healthcheck(new URL(app.url).port)).toBe(0);
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
    }
    expect(await healthcheck(new URL(app.url).port)).not.toBe(0);
    const driver = neo4j.driver(server.uri);
    expect(await graphChecksum(driver)).toBe(checksum);
    await driver.close();
  });

  it('without READ_ONLY=on, start-up fails on its first write', async () => {
    await expect(startServerProcess({ NEO4J_URI: server.uri }, 'scripts/start.ts')).rejects.toThrow(
      /start failed/,
    );
  });
});
