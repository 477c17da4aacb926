import type { Context } from '../context';
import { nodeWithRelatedQuery } from '../cypher/node-with-related';
import type { RelatedSpec } from '../cypher/related';
import { fromPairs } from '../cypher/slim-properties';
import type { RelatedRow } from '../records';

/**
 * A node by key, null when absent, read with its related rows over `spec` in one round trip;
 * the rows prime the request's loader for `spec`, so the nested field resolves without
 * another query.
 */
export async function loadNodeWithRelated<TNode>(
  context: Context,
  spec: RelatedSpec & { key: string },
): Promise<TNode | null> {
  const [row] = await context.read<{
    node: TNode;
    related: RelatedRow<[string, unknown][]>[];
  }>(nodeWithRelatedQuery(spec));
  if (!row) return null;
  const related = row.related.map(({ key, node, rel }) => ({ key, node: fromPairs(node), rel }));
  context.loaders.related(spec).prime(spec.key, related);
  return row.node;
}
