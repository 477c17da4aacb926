import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { AppError, isAppError } from '../errors';
import { fromDriverError } from './errors';

export type Neo4jHealth =
  | { status: 'up'; address: string; version: string; database: string | null; latencyMs: number }
  | { status: 'down'; code: string; message: string };

export type HealthOptions = { driver: Driver; database?: string; timeoutMs?: number };

/**
 * Whether Neo4j answers a trivial read on the configured database within `timeoutMs`.
 * Uses an auto-commit query, not `executeRead`: a health probe must not wait out retries.
 */
export async function checkNeo4j(options: HealthOptions): Promise<Neo4jHealth> {
  const { driver, database, timeoutMs = 2_000 } = options;
  const started = performance.now();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('TIMEOUT', `Neo4j did not answer within ${timeoutMs} ms.`)),
      timeoutMs,
    );
  });
  try {
    const result = await Promise.race([
      session.run('RETURN 1', {}, { timeout: timeoutMs }),
      timeout,
    ]);
    return {
      status: 'up',
      address: result.summary.server.address ?? 'unknown',
      version: result.summary.server.agent ?? 'unknown',
      database: result.summary.database.name ?? null,
      latencyMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const mapped = fromDriverError(error);
    return isAppError(mapped)
      ? { status: 'down', code: mapped.code, message: mapped.message }
      : { status: 'down', code: 'SERVICE_UNAVAILABLE', message: 'Neo4j health query failed.' };
  } finally {
    clearTimeout(timer);
    // Closing waits for a pending connection attempt; do not hold the probe's answer for it.
    void session.close().catch(() => undefined);
  }
}
