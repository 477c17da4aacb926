import type { CypherQuery } from '../db/read';
import { BULKY_PROPERTIES, nodeProperties } from './slim-properties';
import type { Projection } from './slim-properties';

export const DEFAULT_CO_SIGNATORIES = 10;
export const MAX_CO_SIGNATORIES = 50;

/**
 * For many states at once, the `first` other states that signed most declarations with it,
 * counted in Cypher: rows `{ key, state, sharedCount, shared }`, per key strongest first, ties
 * by name; the state without bulky properties. Only with `withShared` are the declarations
 * they share read (newest first, undated last), and then only for those kept; else `shared`
 * is empty. With `properties`, only those of each state are read.
 */
export function coSignatoriesQuery(options: {
  keys: readonly string[];
  first: number;
  withShared: boolean;
  properties?: Projection;
}): CypherQuery {
  return {
    text: [
      'UNWIND $keys AS key',
      'MATCH (s:State {code: key})',
      ...strongest('key, s', options.withShared),
      `RETURN key, ${nodeProperties('o', options.properties)} AS state, sharedCount, shared`,
      'ORDER BY key, rank',
    ].join('\n'),
    params: {
      keys: [...options.keys],
      first: options.first,
      bulky: BULKY_PROPERTIES,
    },
  };
}

/**
 * One state by code with its co-signatories as `coSignatoriesQuery` reads them, in one round
 * trip: at most one row `{ node, coSignatories }`, the state as `[key, value]` pairs (bulky
 * properties only `withBulky`) and its co-signatories `{ state, sharedCount, shared }`, strongest first.
 * With `properties`, only those of each state are read, as a map.
 */
export function stateWithCoSignatoriesQuery(options: {
  code: string;
  first: number;
  withShared: boolean;
  withBulky: boolean;
  properties?: Projection;
}): CypherQuery {
  return {
    text: [
      'MATCH (s:State {code: $code})',
      'CALL (s) {',
      ...strongest('s', options.withShared).map((line) => `  ${line}`),
      '  WITH rank, o, sharedCount, shared ORDER BY rank',
      `  RETURN collect({state: ${nodeProperties('o', options.properties)}, sharedCount: sharedCount, shared: shared}) AS coSignatories`,
      '}',
      options.properties
        ? `RETURN ${nodeProperties('s', options.properties)} AS node, coSignatories`
        : 'RETURN [k IN keys(s) WHERE $withBulky OR NOT k IN $bulky | [k, s[k]]] AS node, coSignatories',
    ].join('\n'),
    params: {
      code: options.code,
      first: options.first,
      withBulky: options.withBulky,
      bulky: BULKY_PROPERTIES,
    },
  };
}

/**
 * From state `s` (kept with `carried`), its `first` co-signatories `o` with `sharedCount` and
 * `rank`, strongest first, ties by name; `shared` holds the declarations they share (newest
 * first, undated last), read only for those kept and only `withShared`, else empty (and then
 * the query has no per-row subquery at all).
 */
function strongest(carried: string, withShared: boolean): string[] {
  return [
    'MATCH (s)-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(o:State)',
    'WHERE o <> s',
    `WITH ${carried}, o, count(DISTINCT d) AS sharedCount`,
    'ORDER BY sharedCount DESC, o.name, o.code',
    `WITH ${carried}, collect({o: o, sharedCount: sharedCount})[0..toInteger($first)] AS top`,
    'UNWIND range(0, size(top) - 1) AS rank',
    `WITH ${carried}, rank, top[rank].o AS o, top[rank].sharedCount AS sharedCount`,
    ...(withShared
      ? [
          'CALL (s, o) {',
          '  MATCH (s)-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(o)',
          '  WITH DISTINCT d ORDER BY d.adoptedOn IS NULL, d.adoptedOn DESC, d.id',
          '  RETURN collect(properties(d)) AS shared',
          '}',
        ]
      : [`WITH ${carried}, rank, o, sharedCount, [] AS shared`]),
  ];
}
