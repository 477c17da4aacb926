import type { CypherQuery } from '../db/read';
import { BULKY_PROPERTIES, slimProperties } from './slim-properties';

/** Which signatures the co-signature network is built from; all given fields must match. */
export type CoalitionFilter = {
  /** Only these declarations (ids); absent or empty means all. */
  declarations?: readonly string[] | null;
  /** Only declarations adopted on or after this date. */
  from?: string | null;
  /** Only declarations adopted on or before this date. */
  to?: string | null;
  /** Only states in these UN M49 regions, any case; absent or empty means all. */
  regions?: readonly string[] | null;
};

/**
 * The signatures behind the co-signature network, as one row `{ declarations, states }`:
 * `declarations` has per declaration that passes the filter its properties and its signatory
 * states' codes (those in the regions asked for), newest first; `states` has each of those
 * states once, without bulky properties. Codes rather than whole states per declaration keep
 * the transaction small. Dated filters leave undated declarations out.
 */
export function coSignatureRowsQuery(filter: CoalitionFilter): CypherQuery {
  const declarations = filter.declarations?.length ? [...filter.declarations] : null;
  const regions = filter.regions?.length ? filter.regions.map((r) => r.toLowerCase()) : null;
  return {
    text: [
      'MATCH (d:Declaration)',
      'WHERE ($declarations IS NULL OR d.id IN $declarations)',
      '  AND ($from IS NULL OR d.adoptedOn >= $from)',
      '  AND ($to IS NULL OR d.adoptedOn <= $to)',
      'MATCH (s:State)-[:SIGNED]->(d)',
      'WHERE $regions IS NULL OR toLower(s.region) IN $regions',
      'WITH d, s ORDER BY s.code',
      'WITH d, collect(s) AS signers',
      'ORDER BY d.adoptedOn IS NULL, d.adoptedOn DESC, d.id',
      'WITH collect({declaration: properties(d), signers: signers}) AS rows',
      'CALL (rows) {',
      '  UNWIND rows AS row',
      '  UNWIND row.signers AS s',
      '  WITH DISTINCT s',
      `  RETURN collect(${slimProperties('s')}) AS states`,
      '}',
      'RETURN [row IN rows | {declaration: row.declaration,',
      '  signatories: [s IN row.signers | s.code]}] AS declarations, states',
    ].join('\n'),
    params: {
      declarations,
      from: filter.from ?? null,
      to: filter.to ?? null,
      regions,
      bulky: BULKY_PROPERTIES,
    },
  };
}
