import type { Context } from '../context';
import type { RelatedSpec } from '../cypher/related';
import type { RelatedRow } from '../records';

/** Rows related to `key` over one relationship, through the request's shared batch. */
export function relatedRows<TNode>(
  context: Context,
  spec: RelatedSpec & { key: string },
): Promise<RelatedRow<TNode>[]> {
  return context.loaders.related<TNode>(spec).load(spec.key);
}

/**
 * Nodes related to `key` over one relationship, in the far kind's list order; the
 * relationships' properties are not read.
 */
export async function relatedNodes<TNode>(
  context: Context,
  spec: RelatedSpec & { key: string },
): Promise<TNode[]> {
  return (await relatedRows<TNode>(context, { ...spec, nodesOnly: true })).map((row) => row.node);
}
