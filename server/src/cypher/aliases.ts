import { nodeKind } from '@treatygraph/schema';
import type { NodeLabel } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';

/**
 * The aliases of nodes of one kind by natural key, any number in one round trip: rows
 * `{ key, aliases }`. For records that list reads returned without them.
 */
export function aliasesQuery(options: { label: NodeLabel; keys: readonly string[] }): CypherQuery {
  const kind = nodeKind(options.label);
  return {
    text: [
      'UNWIND $keys AS key',
      `MATCH (n:${options.label} {${kind.key}: key})`,
      'RETURN key, n.aliases AS aliases',
    ].join('\n'),
    params: { keys: [...options.keys] },
  };
}
