import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { measureLatency } from './api/latency';
import { median } from './stats';

/** A baseline that takes longer than this is reported as not finishing. */
export const BASELINE_TIMEOUT_MS = 30_000;

/**
 * The median latency of a hand-written Cypher query asked from this process in a read
 * session, or null when it hits BASELINE_TIMEOUT_MS.
 */
export async function cypherMedian(
  driver: Driver,
  query: { cypher: string; params?: Record<string, unknown> },
  window: Omit<Parameters<typeof measureLatency>[0], 'sides'>,
): Promise<number | null> {
  const ask = async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(query.cypher, query.params ?? {}, { timeout: BASELINE_TIMEOUT_MS });
    } finally {
      await session.close();
    }
  };
  try {
    return median(
      (await measureLatency({ sides: [{ name: 'cypher', ask }], ...window })).get('cypher') ?? [],
    );
  } catch (error) {
    if (
      error instanceof Error &&
      'code' in error &&
      String(error.code).includes('TransactionTimedOut')
    ) {
      return null;
    }
    throw error;
  }
}
