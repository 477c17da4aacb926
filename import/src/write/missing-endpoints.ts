import { nodeKind } from '@treatygraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ImportIssue } from '../errors';
import type { RelationshipBatch } from './plan';

/**
 * Which rows of a relationship batch name an endpoint the database lacks. Only run after a
 * batch came back short, to say exactly what was missing.
 */
export async function missingEndpoints(
  tx: ManagedTransaction,
  batch: Pick<RelationshipBatch, 'kind' | 'rows'>,
): Promise<ImportIssue[]> {
  const from = nodeKind(batch.kind.from);
  const to = nodeKind(batch.kind.to);
  const result = await tx.run(
    `UNWIND $rows AS row ` +
      `OPTIONAL MATCH (a:${from.label} {${from.key}: row.from}) ` +
      `OPTIONAL MATCH (b:${to.label} {${to.key}: row.to}) ` +
      `WITH row, a, b WHERE a IS NULL OR b IS NULL ` +
      `RETURN row.from AS from, row.to AS to, a IS NULL AS noFrom, b IS NULL AS noTo`,
    { rows: batch.rows.map(({ from: f, to: t }) => ({ from: f, to: t })) },
  );
  return result.records.map((record) => {
    const [f, t] = [String(record.get('from')), String(record.get('to'))];
    const gone = [
      record.get('noFrom') === true ? `${from.label} ${JSON.stringify(f)}` : [],
      record.get('noTo') === true ? `${to.label} ${JSON.stringify(t)}` : [],
    ].flat();
    return {
      code: 'MISSING_ENDPOINT',
      message: `${batch.kind.type} ${f} -> ${t}: no ${gone.join(' and no ')} in the database`,
      field: `relationships(${batch.kind.type} ${f} -> ${t})`,
    };
  });
}
