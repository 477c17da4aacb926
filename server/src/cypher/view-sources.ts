import type { CypherQuery } from '../db/read';

/**
 * The sources behind a view's facts: those its relationships cite (`source` provenance) and
 * those reporting its declarations. Rows `{ source }`, by id.
 */
export function viewSourcesQuery(options: {
  sourceIds: readonly string[];
  declarationIds: readonly string[];
}): CypherQuery {
  return {
    text: [
      'MATCH (s:Source)',
      'WHERE s.id IN $sourceIds',
      '  OR EXISTS { MATCH (d:Declaration)-[:REPORTED_IN]->(s) WHERE d.id IN $declarationIds }',
      'RETURN properties(s) AS source',
      'ORDER BY s.id',
    ].join('\n'),
    params: { sourceIds: [...options.sourceIds], declarationIds: [...options.declarationIds] },
  };
}
