import neo4j from 'neo4j-driver';
import type { AuthToken } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitReadyOptions {
  uri: string;
  timeoutMs?: number;
  intervalMs?: number;
  /** Aborted when waiting is pointless, e.g. the JVM exited. */
  signal?: AbortSignal;
  /**
   * The `server.directories.data` the server must report. Guards against declaring ready a
   * different Neo4j that already listened on the port while ours failed to bind.
   */
  dataDir?: string;
  /** Credentials when the instance requires them. */
  auth?: AuthToken;
}

const DATA_DIR_QUERY =
  "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.data' RETURN value";

/** What a server that is still starting answers; anything else is a real failure. */
function isNotReadyYet(error: unknown): boolean {
  if (!(error instanceof neo4j.Neo4jError)) return false;
  return (
    error.code === neo4j.error.SERVICE_UNAVAILABLE ||
    error.code === neo4j.error.SESSION_EXPIRED ||
    error.code.startsWith('Neo.TransientError.') ||
    error.code === 'Neo.ClientError.Database.DatabaseNotFound'
  );
}

/**
 * Resolves with the server's agent string (e.g. `Neo4j/5.26.31`) once Bolt accepts a session and
 * answers `RETURN 1`. Throws on timeout, on abort, or on an error that retrying cannot fix.
 */
export async function waitForBolt(options: WaitReadyOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(options.uri, options.auth, {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      try {
        const info = await driver.getServerInfo();
        await driver.executeQuery('RETURN 1');
        if (options.dataDir !== undefined) {
          const { records } = await driver.executeQuery(DATA_DIR_QUERY);
          const served: unknown = records[0]?.get('value');
          if (served !== options.dataDir) {
            throw new Error(`${options.uri} is another Neo4j (its data is in ${String(served)})`);
          }
        }
        return info.agent ?? 'Neo4j';
      } catch (error) {
        if (!isNotReadyYet(error)) throw error;
        if (Date.now() >= deadline) {
          throw new Error(`Neo4j did not answer on ${options.uri} within ${timeoutMs / 1000} s`, {
            cause: error,
          });
        }
      }
      await sleep(options.intervalMs ?? 300, undefined, { signal: options.signal });
    }
  } finally {
    await driver.close();
  }
}
