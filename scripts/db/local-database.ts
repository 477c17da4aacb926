import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isImportError, loadImportConfig } from '@treatygraph/import';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { startNeo4j } from '../neo4j';
import { findInstanceProcesses } from '../neo4j/instance-process';

export type Target = { driver: Driver; database?: string; describe: string };

/** The Bolt port a running local instance was started with, from the conf it wrote. */
async function runningPort(dir: string): Promise<number | undefined> {
  if ((await findInstanceProcesses(dir).catch(() => [])).length === 0) return undefined;
  const conf = await readFile(join(dir, 'conf', 'neo4j.conf'), 'utf8').catch(() => '');
  const port = /^server\.bolt\.listen_address=127\.0\.0\.1:(\d+)$/m.exec(conf)?.[1];
  return port === undefined ? undefined : Number(port);
}

/**
 * Runs `fn` against the database `db:dump` and `db:load` mean: the one NEO4J_URI names (with
 * NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), else the local instance in `dir`, reusing it
 * when `npm start` is serving it and otherwise starting it just for `fn`.
 */
export async function withDatabase<T>(options: {
  env: Record<string, string | undefined>;
  dir: string;
  log: (message: string) => void;
  fn: (target: Target) => Promise<T>;
}): Promise<T> {
  const { env, dir, log, fn } = options;
  let uri = env.NEO4J_URI;
  let stop: (() => Promise<void>) | undefined;
  if (!uri) {
    const port = await runningPort(dir);
    if (port !== undefined) uri = `bolt://127.0.0.1:${port}`;
    else {
      log(`starting the local Neo4j in ${dir}`);
      const local = await startNeo4j({ dir, onProgress: log });
      uri = local.uri;
      stop = () => local.stop();
    }
  }
  let connection;
  try {
    // The NEO4J_* variables as the importer and the server read them.
    connection = loadImportConfig({ ...env, NEO4J_URI: uri });
  } catch (error) {
    await stop?.();
    if (!isImportError(error)) throw error;
    throw new Error(error.details.map((d) => `${d.field}: ${d.message}`).join('; '), {
      cause: error,
    });
  }
  const { user, password, database } = connection;
  const auth = user === undefined ? undefined : neo4j.auth.basic(user, password ?? '');
  const driver = neo4j.driver(connection.uri, auth, { userAgent: 'treatygraph-db' });
  try {
    return await fn({ driver, database, describe: `${uri}${database ? ` (${database})` : ''}` });
  } finally {
    await driver.close();
    await stop?.();
  }
}
