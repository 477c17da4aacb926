import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { fromDriverError } from './errors';
import { toPlain } from './plain-values';

/** A parameterised Cypher statement; values only ever travel in `params`. */
export type CypherQuery = { text: string; params: Record<string, unknown> };

/**
 * Runs one read query in its own read-only transaction and returns its rows as plain objects.
 * The type parameter is the row shape the query builder promises; it is not checked.
 */
export type ReadFn = <TRow = Record<string, unknown>>(query: CypherQuery) => Promise<TRow[]>;

export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

/**
 * Starts a query without the call-site stack the driver formats for every query (to append to
 * its errors): formatting it, through source maps under tsx, took a twentieth of a cheap
 * request's time in the server. A driver error still says what failed; it becomes an
 * AppError here, and an unexpected one is logged with the request id.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export type ReaderOptions = {
  driver: Driver;
  /** Absent means the user's home database. */
  database?: string;
  /** Server-side transaction timeout; the query is stopped and TIMEOUT thrown after it. */
  timeoutMs?: number;
};

/**
 * The read path of the whole server: every read is one auto-commit query in a read session
 * (routed to readers in a cluster, and refused by Neo4j if it writes), with a transaction
 * timeout and the configured database. Auto-commit sends the query in one write, where a
 * transaction function costs three (begin, run, commit) that loopback makes expensive; a
 * read that fails with a transient error is run again through `session.executeRead`, which
 * retries it. Driver errors become AppErrors.
 * @example const rows = await createReader({ driver })({ text: 'RETURN 1 AS one', params: {} });
 */
export function createReader(options: ReaderOptions): ReadFn {
  const { driver, database, timeoutMs = DEFAULT_QUERY_TIMEOUT_MS } = options;
  const config = { timeout: timeoutMs, metadata: { app: 'treatygraph-server' } };
  const run = async (query: CypherQuery) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      try {
        return (await withoutCallSite(() => session.run(query.text, query.params, config))).records;
      } catch (error) {
        if (!neo4j.isRetryableError(error)) throw error;
        return await session.executeRead(
          async (tx) => (await tx.run(query.text, query.params)).records,
          config,
        );
      }
    } finally {
      // The rows are already in hand; a failure to release the session must not replace them.
      await session.close().catch(() => undefined);
    }
  };
  return async <TRow>(query: CypherQuery): Promise<TRow[]> => {
    try {
      const records = await run(query);
      return records.map((record) => toPlain(record.toObject()) as TRow);
    } catch (error) {
      throw fromDriverError(error);
    }
  };
}
