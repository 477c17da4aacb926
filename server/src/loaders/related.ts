import DataLoader from 'dataloader';
import { relatedQuery } from '../cypher/related';
import type { RelatedSpec } from '../cypher/related';
import { nodeRecord } from '../cypher/slim-properties';
import type { Projection } from '../cypher/slim-properties';
import type { ReadFn } from '../db/read';
import type { RelatedRow } from '../records';

/**
 * Batches every key asked for in one tick into one traversal query, so a nested selection
 * costs one round trip per relationship it crosses, whatever the number of parents. The far
 * nodes carry `properties` only, when given.
 */
export function createRelatedLoader<TNode>(
  read: ReadFn,
  spec: RelatedSpec,
  properties: Projection = null,
): DataLoader<string, RelatedRow<TNode>[]> {
  return new DataLoader(async (keys) => {
    const answer = await read<RelatedRow<[string, unknown][]>>(
      relatedQuery({ ...spec, keys, properties }),
    );
    const groups = new Map<string, RelatedRow<TNode>[]>();
    for (const { key, node, rel } of answer) {
      const row = { key, node: nodeRecord<TNode>(node), rel };
      const group = groups.get(row.key);
      if (group) group.push(row);
      else groups.set(row.key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
