import { nodeKind, relationshipKinds } from '@treatygraph/schema';
import type { NodeLabel, RelationshipType } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';
import { BULKY_PROPERTIES, nodeProperties } from './slim-properties';
import type { Projection } from './slim-properties';
import { orderBy } from './sort';

/**
 * `forward` follows the relationship from its start node; `reverse` from its end node. With
 * `nodesOnly`, the relationships' own properties (dates, evidence) are not read: rows carry
 * an empty `rel`. A declaration's signatories alone cost Neo4j a third less that way.
 */
export type RelatedSpec = {
  type: RelationshipType;
  direction: 'forward' | 'reverse';
  nodesOnly?: boolean;
};

/** What a traversal returns for the relationship `r`: its properties, or none. */
export const relProperties = (spec: RelatedSpec) => (spec.nodesOnly ? '{}' : 'properties(r)');

/** The labels at the near (`from`) and far (`to`) end of a traversal. */
export function relatedEnds(spec: RelatedSpec): { from: NodeLabel; to: NodeLabel } {
  const kind = relationshipKinds[spec.type];
  const [from, to] = spec.direction === 'forward' ? [kind.from, kind.to] : [kind.to, kind.from];
  return { from: from as NodeLabel, to: to as NodeLabel };
}

/**
 * The nodes related to each key over one relationship, in one round trip for any number of
 * keys: rows `{ key, node, rel }` in the far kind's list order, the node as `nodeProperties`
 * gives it (`properties` only, else all but the bulky ones). Derived from the model, so a
 * relationship added there can be traversed without a new query.
 */
export function relatedQuery(
  spec: RelatedSpec & { keys: readonly string[]; properties?: Projection },
): CypherQuery {
  const { from, to } = relatedEnds(spec);
  const near = nodeKind(from);
  const arrow = spec.direction === 'forward' ? `-[r:${spec.type}]->` : `<-[r:${spec.type}]-`;
  return {
    text: [
      'UNWIND $keys AS key',
      `MATCH (a:${from} {${near.key}: key})${arrow}(b:${to})`,
      `RETURN key, ${nodeProperties('b', spec.properties)} AS node, ${relProperties(spec)} AS rel`,
      `ORDER BY ${orderBy(to, 'b')}`,
    ].join('\n'),
    params: { keys: [...spec.keys], bulky: BULKY_PROPERTIES },
  };
}

/**
 * How many nodes are related to each key over one relationship, in one round trip for any
 * number of keys: rows `{ key, count }`, 0 for a key whose node has none. Counting in the
 * database spares a list of thousands of rows sending every related node just to count it.
 */
export function relatedCountQuery(spec: RelatedSpec & { keys: readonly string[] }): CypherQuery {
  const { from, to } = relatedEnds(spec);
  const near = nodeKind(from);
  const arrow = spec.direction === 'forward' ? `-[:${spec.type}]->` : `<-[:${spec.type}]-`;
  return {
    text: [
      'UNWIND $keys AS key',
      `MATCH (a:${from} {${near.key}: key})`,
      `RETURN key, COUNT { (a)${arrow}(:${to}) } AS count`,
    ].join('\n'),
    params: { keys: [...spec.keys] },
  };
}
