import type { CypherQuery } from '../db/read';

/**
 * The state sets `compare` works on, for declarations or instruments by id: rows
 * `{ id, found, states }`. A declaration's set is its signatories; an instrument's is the
 * states whose consent took effect on or before `asOf` (any consent when it is null) and that
 * had not withdrawn by then (never withdrawn when it is null). Dates are ISO strings.
 */
export function comparedSetsQuery(options: {
  ids: readonly string[];
  asOf: string | null;
}): CypherQuery {
  return {
    text: [
      'UNWIND $ids AS id',
      'OPTIONAL MATCH (d:Declaration {id: id})',
      'OPTIONAL MATCH (i:Instrument {id: id})',
      'WITH id, d, i',
      'RETURN id, (d IS NOT NULL OR i IS NOT NULL) AS found,',
      '  CASE WHEN d IS NOT NULL THEN [(d)<-[:SIGNED]-(s:State) | properties(s)]',
      '  WHEN i IS NOT NULL THEN [(i)<-[p:PARTY_TO]-(s:State)',
      '    WHERE p.consentOn IS NOT NULL AND ($asOf IS NULL OR p.consentOn <= $asOf)',
      '      AND (p.withdrawnOn IS NULL OR ($asOf IS NOT NULL AND p.withdrawnOn > $asOf))',
      '    | properties(s)]',
      '  ELSE [] END AS states',
    ].join('\n'),
    params: { ids: [...options.ids], asOf: options.asOf },
  };
}
