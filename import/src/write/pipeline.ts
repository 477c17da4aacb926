import type { ManagedTransaction, QueryResult } from 'neo4j-driver';

export type Statement = { cypher: string; params: Record<string, unknown> };

/**
 * Sends every statement at once and waits for all: the server runs them in order within the
 * transaction, so later ones see the earlier ones' writes, but the client pays one round trip
 * instead of one each. The first failure is thrown once every statement has settled.
 */
export async function runPipelined(
  tx: ManagedTransaction,
  statements: readonly Statement[],
): Promise<QueryResult[]> {
  const settled = await Promise.allSettled(statements.map((s) => tx.run(s.cypher, s.params)));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<QueryResult>).value);
}
