import type { Context } from '../context';
import { nodeWithRelatedQuery } from '../cypher/node-with-related';
import { relatedEnds } from '../cypher/related';
import type { RelatedSpec } from '../cypher/related';
import { nodeRecord } from '../cypher/slim-properties';
import type { RelatedRow, RelationshipRecord } from '../records';

/**
 * A node by key, null when absent, read with its related rows over `spec` in one round trip;
 * the rows prime the request's loader for `spec`, so the nested field resolves without
 * another query. Both ends carry the request's projection of their kind.
 */
export async function loadNodeWithRelated<TNode>(
  context: Context,
  spec: RelatedSpec & { key: string },
): Promise<TNode | null> {
  const { from, to } = relatedEnds(spec);
  const [row] = await context.read<{
    node: object;
    related: ([string, unknown][] | object)[];
    rels: RelationshipRecord[];
  }>(
    nodeWithRelatedQuery({
      ...spec,
      near: context.projection.of(from),
      far: context.projection.of(to),
    }),
  );
  if (!row) return null;
  const related: RelatedRow<unknown>[] = row.related.map((node, i) => ({
    key: spec.key,
    node: nodeRecord(node),
    rel: row.rels[i] ?? {},
  }));
  context.loaders.related(spec).prime(spec.key, related);
  // Rows read with their relationships serve the fields that ask for nodes only, too.
  if (!spec.nodesOnly)
    context.loaders.related({ ...spec, nodesOnly: true }).prime(spec.key, related);
  return nodeRecord<TNode>(row.node);
}
