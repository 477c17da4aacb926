import { nodeKind } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';
import { relatedEnds } from './related';
import type { RelatedSpec } from './related';
import { BULKY_PROPERTIES, nodeProperties } from './slim-properties';
import type { Projection } from './slim-properties';
import { orderBy } from './sort';

/**
 * One node by its natural key together with the nodes related to it over one relationship,
 * in one round trip: at most one row `{ node, related, rels }`, `related` the far nodes in
 * the far kind's list order and `rels` the relationships' properties in the same order (empty
 * lists with `nodesOnly`). Lists of nodes rather than one map per row: the driver decodes
 * every map key, and a declaration's signatories were mostly keys. Lets a root field that
 * sees the nested selection answer both levels at once. `near` and `far` are the properties
 * read of each end (null: all, the far end's bulky ones left out).
 */
export function nodeWithRelatedQuery(
  spec: RelatedSpec & { key: string; near?: Projection; far?: Projection },
): CypherQuery {
  const { from, to } = relatedEnds(spec);
  const near = nodeKind(from);
  const arrow = spec.direction === 'forward' ? `-[r:${spec.type}]->` : `<-[r:${spec.type}]-`;
  return {
    text: [
      `MATCH (a:${from} {${near.key}: $key})`,
      'CALL (a) {',
      `  MATCH (a)${arrow}(b:${to})`,
      `  WITH r, b ORDER BY ${orderBy(to, 'b')}`,
      `  RETURN collect(${nodeProperties('b', spec.far)}) AS related,`,
      `    ${spec.nodesOnly ? '[]' : 'collect(properties(r))'} AS rels`,
      '}',
      `RETURN ${spec.near ? nodeProperties('a', spec.near) : 'properties(a)'} AS node, related, rels`,
    ].join('\n'),
    params: { key: spec.key, bulky: BULKY_PROPERTIES },
  };
}
