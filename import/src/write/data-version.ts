import { markDataChangedCypher } from '@treatygraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Gives the graph a new data version inside the transaction that changes it, so servers'
 * caches keyed by the version never serve what the import replaced. Written first in that
 * transaction, its lock on the one version node makes concurrent imports take turns: what
 * one reads before it writes cannot change under it until it commits.
 */
export async function markDataChanged(tx: ManagedTransaction): Promise<void> {
  await tx.run(markDataChangedCypher);
}
