import type { CypherQuery } from '../db/read';
import { BULKY_PROPERTIES, nodeProperties } from './slim-properties';
import type { Projection } from './slim-properties';

/**
 * The state sets `compare` works on, for declarations or instruments by id: rows
 * `{ id, found, instrument, entryIntoForceOn, tables, members }`, each member `{ state, rel }`, the state as
 * `[key, value]` pairs without bulky properties. A declaration's
 * members are its signatories (`rel` null: signing is not dated against `asOf`); an
 * instrument's are every state with a PARTY_TO record and that record's properties, so that the
 * caller applies the same party-on-a-date rule as `Instrument.statusAsOf`, and its `tables`
 * (COVERS: `{ source, asOf, complete }`) tell whether a state with no record is no party. A
 * roll call's members are the states that voted YES. With `properties`, only those of each
 * state are read, as a map.
 */
export function comparedSetsQuery(options: {
  ids: readonly string[];
  properties?: Projection;
}): CypherQuery {
  const state = nodeProperties('s', options.properties);
  return {
    text: [
      'UNWIND $ids AS id',
      'OPTIONAL MATCH (d:Declaration {id: id})',
      'OPTIONAL MATCH (i:Instrument {id: id})',
      'OPTIONAL MATCH (v:RollCall {id: id})',
      'WITH id, d, i, v',
      'RETURN id, (d IS NOT NULL OR i IS NOT NULL OR v IS NOT NULL) AS found,',
      '  i IS NOT NULL AS instrument, i.entryIntoForceOn AS entryIntoForceOn,',
      '  CASE WHEN i IS NULL THEN [] ELSE',
      '    [(src:Source)-[c:COVERS]->(i) | {source: src.id, asOf: c.asOf, complete: c.complete = true}]',
      '  END AS tables,',
      '  CASE WHEN d IS NOT NULL',
      `    THEN [(d)<-[:SIGNED]-(s:State) | {state: ${state}, rel: null}]`,
      '  WHEN i IS NOT NULL',
      `    THEN [(i)<-[p:PARTY_TO]-(s:State) | {state: ${state}, rel: properties(p)}]`,
      '  WHEN v IS NOT NULL',
      `    THEN [(v)<-[:VOTED {choice: 'YES'}]-(s:State) | {state: ${state}, rel: null}]`,
      '  ELSE [] END AS members',
    ].join('\n'),
    params: { ids: [...options.ids], bulky: BULKY_PROPERTIES },
  };
}
