import {
  createNodesCypher,
  createRelationshipsCypher,
  mergeNodesCypher,
  mergeRelationshipsCypher,
} from '@treatygraph/schema';
import type { ImportDocument, NodeKind } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { ImportError } from '../errors';
import { markDataChanged } from './data-version';
import { missingEndpoints } from './missing-endpoints';
import { runPipelined } from './pipeline';
import { planWrite } from './plan';
import type { WritePlan } from './plan';

/** What one write did: rows written per label and type, and how many were new. */
export type WriteSummary = {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  nodesCreated: number;
  relationshipsCreated: number;
};

export type WriteOptions = { database?: string };

// As the hand-written baseline batches: fewer round trips, and 10,000 rows of a few short
// properties stay far below the transaction memory limit.
const BATCH_SIZE = 10_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

// A referenced gazetteer state is created when missing and otherwise left as it is.
function createMissingCypher(kind: NodeKind): string {
  return (
    `UNWIND $rows AS row ` +
    `MERGE (n:${kind.label} {${kind.key}: row.key}) ` +
    `ON CREATE SET n += row.props ` +
    `RETURN count(n) AS count`
  );
}

function countOf(result: QueryResult): number {
  const value: unknown = result.records[0]?.get('count');
  return neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0);
}

/**
 * Writes one plan inside the caller's transaction, which has written a new data version
 * first (`markDataChanged`); a relationship that names a missing node throws
 * MISSING_ENDPOINT, which rolls the whole transaction back.
 */
export async function writePlan(tx: ManagedTransaction, plan: WritePlan): Promise<WriteSummary> {
  const summary: WriteSummary = {
    nodes: {},
    relationships: {},
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  const nodeWrites = plan.nodes.flatMap((batch) =>
    chunks(batch.rows).map((rows) => ({
      batch,
      cypher: batch.create
        ? createNodesCypher(batch.kind)
        : batch.reference
          ? createMissingCypher(batch.kind)
          : mergeNodesCypher(batch.kind),
      params: { rows },
    })),
  );
  const relationshipWrites = plan.relationships.flatMap((batch) =>
    chunks(batch.rows).map((rows) => ({
      batch,
      rows,
      cypher: batch.create
        ? createRelationshipsCypher(batch.kind)
        : mergeRelationshipsCypher(batch.kind),
      params: { rows },
    })),
  );
  const results = await runPipelined(tx, [...nodeWrites, ...relationshipWrites]);
  nodeWrites.forEach(({ batch }, i) => {
    const result = results[i] as QueryResult;
    summary.nodes[batch.kind.label] = (summary.nodes[batch.kind.label] ?? 0) + countOf(result);
    summary.nodesCreated += result.summary.counters.updates().nodesCreated;
  });
  for (const [i, { batch, rows }] of relationshipWrites.entries()) {
    const result = results[nodeWrites.length + i] as QueryResult;
    const written = countOf(result);
    if (written !== rows.length) {
      // Throwing inside the transaction function rolls the whole document back.
      const details = await missingEndpoints(tx, { kind: batch.kind, rows });
      throw new ImportError({
        code: 'MISSING_ENDPOINT',
        message: `${rows.length - written} ${batch.kind.type} relationship(s) name a missing node; nothing was written`,
        details,
      });
    }
    summary.relationships[batch.kind.type] =
      (summary.relationships[batch.kind.type] ?? 0) + written;
    summary.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
  }
  return summary;
}

/**
 * Writes a whole import document in one write transaction with the model's MERGE statements:
 * all of it or, when any relationship names a node that does not exist, none of it
 * (ImportError MISSING_ENDPOINT). Gazetteer states and registry instruments and organizations
 * the relationships name are written too. Idempotent: writing the same document again changes
 * nothing.
 * @example await writeDocument(driver, readDocument('statement.yaml'), { database: 'neo4j' })
 */
export async function writeDocument(
  driver: Driver,
  document: ImportDocument,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(options.database && { database: options.database }),
  });
  try {
    return await session.executeWrite(async (tx) => {
      await markDataChanged(tx);
      return writePlan(tx, planWrite(document));
    });
  } finally {
    await session.close();
  }
}
