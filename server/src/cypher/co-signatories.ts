import type { CypherQuery } from '../db/read';

export const DEFAULT_CO_SIGNATORIES = 10;
export const MAX_CO_SIGNATORIES = 50;

/**
 * For many states at once, every other state that signed a declaration with it and the
 * declarations they share (newest first, undated last): rows `{ key, state, shared }`,
 * per key strongest first (most shared), ties by name.
 */
export function coSignatoriesQuery(options: { keys: readonly string[] }): CypherQuery {
  return {
    text: [
      'UNWIND $keys AS key',
      'MATCH (s:State {code: key})-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(o:State)',
      'WHERE o <> s',
      'WITH key, o, d ORDER BY d.adoptedOn IS NULL, d.adoptedOn DESC, d.id',
      'WITH key, o, collect(DISTINCT properties(d)) AS shared',
      'RETURN key, properties(o) AS state, shared',
      'ORDER BY key, size(shared) DESC, o.name, o.code',
    ].join('\n'),
    params: { keys: [...options.keys] },
  };
}
