import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDriver, loadConfig } from '@treatygraph/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j } from '../../scripts/neo4j';
import type { LocalNeo4j } from '../../scripts/neo4j';
import { composeConfig, unescapeDollars } from './compose-config';
import type { ComposeService } from './compose-config';

const STAND_IN = fileURLToPath(new URL('./cypher-shell', import.meta.url));
const PASSWORD = 'custom "pass" $word';

/**
 * Runs a rendered healthcheck as Docker would in the service's container: exec form directly,
 * CMD-SHELL through sh, with the service's environment; cypher-shell is the stand-in, and
 * NEO4J_ADDRESS points it at `uri` (in the container Neo4j is on localhost). Resolves the exit code.
 */
function runHealthcheck(service: ComposeService, uri: string): Promise<number> {
  const test = service.healthcheck?.test;
  if (!Array.isArray(test)) throw new Error('expected the healthcheck test as a list');
  const [form, ...args] = test.map(unescapeDollars);
  const [command, ...rest] = form === 'CMD-SHELL' ? ['/bin/sh', '-c', ...args] : args;
  if (form !== 'CMD' && form !== 'CMD-SHELL') throw new Error(`unexpected form ${form}`);
  const environment = Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([k, v]) => [k, unescapeDollars(String(v))]),
  );
  const env = {
    PATH: `${STAND_IN}:${process.env.PATH}`,
    ...environment,
    NEO4J_ADDRESS: uri,
  };
  return new Promise((resolve) => {
    execFile(String(command), rest, { env, timeout: 30_000 }, (error) =>
      resolve(error ? (typeof error.code === 'number' ? error.code : 1) : 0),
    );
  });
}

// The compose file rendered by a compose client, its healthcheck and the app's settings run
// against a real Neo4j that requires the custom password, as the neo4j image does.
describe('docker compose with a custom NEO4J_PASSWORD', () => {
  let dir: string;
  let server: LocalNeo4j;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'treatygraph-compose-'));
    const auth = unescapeDollars(
      composeConfig({ NEO4J_PASSWORD: PASSWORD }).services.neo4j?.environment?.NEO4J_AUTH ?? '',
    );
    expect(auth).toBe(`neo4j/${PASSWORD}`);
    server = await startNeo4j({ dir, password: auth.slice('neo4j/'.length), onProgress: () => {} });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('the Neo4j healthcheck passes', async () => {
    const { neo4j } = composeConfig({ NEO4J_PASSWORD: PASSWORD }).services;
    expect(await runHealthcheck(neo4j ?? {}, server.uri)).toBe(0);
  });

  it('the healthcheck fails against a server with another password (it does check)', async () => {
    const { neo4j } = composeConfig({ NEO4J_PASSWORD: 'another-password' }).services;
    expect(await runHealthcheck(neo4j ?? {}, server.uri)).not.toBe(0);
  });

  it('the app connects with the environment compose gives it', async () => {
    const { app } = composeConfig({ NEO4J_PASSWORD: PASSWORD }).services;
    const env = Object.fromEntries(
      Object.entries(app?.environment ?? {}).map(([k, v]) => [k, unescapeDollars(String(v))]),
    );
    const config = loadConfig({ ...env, NEO4J_URI: server.uri });
    const driver = createDriver(config.neo4j);
    try {
      await expect(driver.verifyAuthentication()).resolves.toBe(true);
    } finally {
      await driver.close();
    }
  });
});
