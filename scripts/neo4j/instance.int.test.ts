import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NEO4J_VERSION } from './paths';
import { findInstanceProcesses, isAlive } from './instance-process';
import { startNeo4j } from './instance';
import type { LocalNeo4j } from './instance';
import { waitForBolt } from './wait-ready';

// Its own instance, separate from the run's shared one: these tests stop and restart it.
// Tests run in order and build on each other.
describe('startNeo4j', () => {
  const START_TIMEOUT = 240_000;
  let dir = '';
  let instance: LocalNeo4j | undefined;
  const quiet = { onProgress: () => undefined };

  const withSession = async <T>(work: (session: Session) => Promise<T>): Promise<T> => {
    if (!instance) throw new Error('no running instance');
    const driver = neo4j.driver(instance.uri);
    const session = driver.session();
    try {
      return await work(session);
    } finally {
      await session.close();
      await driver.close();
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'neo4j-instance-test-'));
  });

  afterAll(async () => {
    await instance?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'starts on a loopback Bolt port and runs the pinned Community version',
    async () => {
      instance = await startNeo4j({ dir, ...quiet });
      expect(instance.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(instance.dir).toBe(dir);
      const components = await withSession((s) => s.run('CALL dbms.components()'));
      const row = components.records[0];
      expect(row?.get('name')).toBe('Neo4j Kernel');
      expect(row?.get('versions')).toEqual([DEFAULT_NEO4J_VERSION]);
      expect(row?.get('edition')).toBe('community');
    },
    START_TIMEOUT,
  );

  it('tells its own server from another one on the same URI', async () => {
    if (!instance) throw new Error('no running instance');
    await expect(waitForBolt({ uri: instance.uri, dataDir: join(dir, 'data') })).resolves.toMatch(
      /^Neo4j\//,
    );
    await expect(waitForBolt({ uri: instance.uri, dataDir: '/elsewhere/data' })).rejects.toThrow(
      /is another Neo4j/,
    );
  });

  it('commits a write made in executeWrite', async () => {
    await withSession((s) =>
      s.executeWrite((tx) => tx.run('CREATE (:Probe {key: $key})', { key: 'persisted' })),
    );
    const count = await withSession((s) =>
      s.executeRead((tx) => tx.run('MATCH (p:Probe) RETURN count(p) AS n')),
    );
    expect(count.records[0]?.get('n').toNumber()).toBe(1);
  });

  it('refuses a write inside executeRead with an access-mode error', async () => {
    const attempt = withSession((s) =>
      s.executeRead((tx) => tx.run('CREATE (:Probe {key: $key})', { key: 'refused' })),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    const keys = await withSession((s) =>
      s.executeRead((tx) => tx.run('MATCH (p:Probe) RETURN p.key AS key')),
    );
    expect(keys.records.map((r) => r.get('key'))).toEqual(['persisted']);
  });

  it('stops its JVM and leaves no process behind', async () => {
    if (!instance) throw new Error('no running instance');
    const { pid } = instance;
    await instance.stop();
    await instance.stop(); // idempotent
    expect(isAlive(pid)).toBe(false);
    expect((await instance.exited).code).toBe(0);
    expect(await findInstanceProcesses(dir)).toEqual([]);
    expect(await readdir(join(dir, 'run'))).toEqual([]);
  });

  it(
    'restarts on the same folder with the data kept',
    async () => {
      instance = await startNeo4j({ dir, ...quiet });
      const keys = await withSession((s) =>
        s.executeRead((tx) => tx.run('MATCH (p:Probe) RETURN p.key AS key')),
      );
      expect(keys.records.map((r) => r.get('key'))).toEqual(['persisted']);
    },
    START_TIMEOUT,
  );

  it(
    'stops a JVM still serving the folder before starting a new one',
    async () => {
      if (!instance) throw new Error('no running instance');
      const stale = instance;
      const messages: string[] = [];
      instance = await startNeo4j({ dir, onProgress: (m) => messages.push(m) });
      expect(messages.some((m) => m.includes(`stale Neo4j (pid ${stale.pid})`))).toBe(true);
      await stale.exited;
      expect(isAlive(stale.pid)).toBe(false);
      expect(await findInstanceProcesses(dir)).toEqual([instance.pid]);
      await instance.stop();
      expect(await findInstanceProcesses(dir)).toEqual([]);
    },
    START_TIMEOUT,
  );

  it(
    'fails fast with the log tail when Neo4j refuses its configuration',
    async () => {
      const bad = join(dir, 'bad-config');
      const attempt = startNeo4j({ dir: bad, pageCache: 'lots', ...quiet });
      await expect(attempt).rejects.toThrow(/exited \(code 1[\s\S]*'lots' is not a valid size/);
      expect(await findInstanceProcesses(bad)).toEqual([]);
    },
    START_TIMEOUT,
  );
});
