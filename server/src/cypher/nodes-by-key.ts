import { nodeKind } from '@treatygraph/schema';
import type { NodeLabel } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';

/** Nodes of one kind by their natural key, any number in one round trip: rows `{ key, node }`. */
export function nodesByKeyQuery(options: {
  label: NodeLabel;
  keys: readonly string[];
}): CypherQuery {
  const kind = nodeKind(options.label);
  return {
    text: [
      'UNWIND $keys AS key',
      `MATCH (n:${options.label} {${kind.key}: key})`,
      'RETURN key, properties(n) AS node',
    ].join('\n'),
    params: { keys: [...options.keys] },
  };
}
