import { nodeKind } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';
import { relatedEnds } from './related';
import type { RelatedSpec } from './related';
import { BULKY_PROPERTIES, nodeProperties } from './slim-properties';
import type { Projection } from './slim-properties';
import { orderBy } from './sort';

/**
 * One node by its natural key together with the nodes related to it over one relationship,
 * in one round trip: at most one row `{ node, related }`, `related` holding
 * `{ key, node, rel }` as `relatedQuery` returns them, in the far kind's list order. Lets a
 * root field that sees the nested selection answer both levels at once. `near` and `far` are
 * the properties read of each end (null: all, the far end's bulky ones left out).
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
      `  RETURN collect({key: $key, node: ${nodeProperties('b', spec.far)}, rel: properties(r)}) AS related`,
      '}',
      `RETURN ${spec.near ? nodeProperties('a', spec.near) : 'properties(a)'} AS node, related`,
    ].join('\n'),
    params: { key: spec.key, bulky: BULKY_PROPERTIES },
  };
}
