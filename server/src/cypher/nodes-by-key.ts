import { nodeKind } from '@treatygraph/schema';
import type { NodeLabel } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';
import { nodeProperties } from './slim-properties';
import type { Projection } from './slim-properties';

/**
 * Nodes of one kind by their natural key, any number in one round trip: rows `{ key, node }`,
 * the node with every property, or a map of `properties` only.
 */
export function nodesByKeyQuery(options: {
  label: NodeLabel;
  keys: readonly string[];
  properties?: Projection;
}): CypherQuery {
  const kind = nodeKind(options.label);
  return {
    text: [
      'UNWIND $keys AS key',
      `MATCH (n:${options.label} {${kind.key}: key})`,
      `RETURN key, ${options.properties ? nodeProperties('n', options.properties) : 'properties(n)'} AS node`,
    ].join('\n'),
    params: { keys: [...options.keys] },
  };
}
