import type { CypherQuery } from '../db/read';
import { BULKY_PROPERTIES, slimProperties } from './slim-properties';

export const DEFAULT_CO_SIGNATORIES = 10;
export const MAX_CO_SIGNATORIES = 50;

/**
 * For many states at once, the `first` other states that signed most declarations with it,
 * counted in Cypher: rows `{ key, state, sharedCount, shared }`, per key strongest first, ties
 * by name; the state without bulky properties. Only with `withShared` are the declarations
 * they share read (newest first, undated last), and then only for those kept; else `shared`
 * is empty.
 */
export function coSignatoriesQuery(options: {
  keys: readonly string[];
  first: number;
  withShared: boolean;
}): CypherQuery {
  return {
    text: [
      'UNWIND $keys AS key',
      'MATCH (s:State {code: key})-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(o:State)',
      'WHERE o <> s',
      'WITH key, s, o, count(DISTINCT d) AS sharedCount',
      'ORDER BY sharedCount DESC, o.name, o.code',
      'WITH key, s, collect({o: o, sharedCount: sharedCount})[0..toInteger($first)] AS top',
      'UNWIND range(0, size(top) - 1) AS rank',
      'WITH key, s, rank, top[rank].o AS o, top[rank].sharedCount AS sharedCount',
      'CALL (s, o) {',
      '  OPTIONAL MATCH (s)-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(o)',
      '  WHERE $withShared',
      '  WITH DISTINCT d ORDER BY d.adoptedOn IS NULL, d.adoptedOn DESC, d.id',
      '  RETURN collect(properties(d)) AS shared',
      '}',
      `RETURN key, ${slimProperties('o')} AS state, sharedCount, shared`,
      'ORDER BY key, rank',
    ].join('\n'),
    params: {
      keys: [...options.keys],
      first: options.first,
      withShared: options.withShared,
      bulky: BULKY_PROPERTIES,
    },
  };
}
