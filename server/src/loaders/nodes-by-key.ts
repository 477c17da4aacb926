import type { NodeLabel } from '@treatygraph/schema';
import { nodesByKeyQuery } from '../cypher/nodes-by-key';
import { nodeRecord } from '../cypher/slim-properties';
import type { Projection } from '../cypher/slim-properties';
import type { ReadFn } from '../db/read';

/**
 * Batch function: the nodes of one kind that exist among many keys, in one round trip. Keys
 * without a node are simply absent; GraphQL's loadable types align results to keys (missing
 * ones become null) and wrap this in a per-request DataLoader.
 */
export async function loadNodesByKey<TNode>(
  read: ReadFn,
  options: { label: NodeLabel; keys: readonly string[]; properties?: Projection },
): Promise<TNode[]> {
  const rows = await read<{ key: string; node: object }>(nodesByKeyQuery(options));
  return rows.map((row) => nodeRecord<TNode>(row.node));
}
