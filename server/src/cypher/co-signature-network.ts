import type { CypherQuery } from '../db/read';

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
 * The signatures behind the co-signature network: one row `{ declaration, signatories }` per
 * declaration that passes the filter, its signatory states (those in the regions asked for)
 * by code. Dated filters leave undated declarations out.
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
      'WITH d, collect(properties(s)) AS signatories',
      'RETURN properties(d) AS declaration, signatories',
      'ORDER BY d.adoptedOn IS NULL, d.adoptedOn DESC, d.id',
    ].join('\n'),
    params: { declarations, from: filter.from ?? null, to: filter.to ?? null, regions },
  };
}
