import { readFile } from 'node:fs/promises';
import { stateRows } from '@treatygraph/import';
import type { ImportDocument } from '@treatygraph/schema';
import type { Driver } from 'neo4j-driver';

// Large batches keep round trips and commits few; 10,000 rows stay well inside the
// transaction memory cap of the bench's Neo4j.
export const BASELINE_BATCH = 10_000;

const NODE_STATEMENTS = {
  State: 'UNWIND $rows AS row MERGE (n:State {code: row.code}) SET n += row',
  Instrument: 'UNWIND $rows AS row MERGE (n:Instrument {id: row.id}) SET n += row',
  Declaration: 'UNWIND $rows AS row MERGE (n:Declaration {id: row.id}) SET n += row',
} as const;

const RELATIONSHIP_STATEMENTS: Record<string, string> = {
  PARTY_TO:
    'UNWIND $rows AS row MATCH (a:State {code: row.from}) MATCH (b:Instrument {id: row.to}) ' +
    'MERGE (a)-[r:PARTY_TO]->(b) SET r = row.props',
  SIGNED:
    'UNWIND $rows AS row MATCH (a:State {code: row.from}) MATCH (b:Declaration {id: row.to}) ' +
    'MERGE (a)-[r:SIGNED]->(b) SET r = row.props',
};

async function inBatches(options: {
  driver: Driver;
  cypher: string;
  rows: unknown[];
}): Promise<void> {
  const { driver, cypher, rows } = options;
  for (let i = 0; i < rows.length; i += BASELINE_BATCH) {
    await driver.executeQuery(cypher, { rows: rows.slice(i, i + BASELINE_BATCH) });
  }
}

/**
 * The ceiling the importer is measured against: the same files parsed with JSON.parse and the
 * same rows written with hand-written `UNWIND … MERGE` statements in 10,000-row transactions,
 * with no validation, planning or per-document transaction. The states the relationships name
 * are written from the gazetteer, as the importer does.
 */
export async function baselineLoad(driver: Driver, files: readonly string[]): Promise<void> {
  const documents: ImportDocument[] = [];
  for (const file of files)
    documents.push(JSON.parse(await readFile(file, 'utf8')) as ImportDocument);
  const relationships = documents.flatMap((d) => d.relationships);
  const codes = new Set(relationships.map((r) => r.from));
  const states = stateRows().filter((s) => codes.has(s.code));
  await inBatches({ driver, cypher: NODE_STATEMENTS.State, rows: states });
  for (const label of ['Instrument', 'Declaration'] as const) {
    const rows = documents.flatMap((d) => d.nodes[label] ?? []);
    await inBatches({ driver, cypher: NODE_STATEMENTS[label], rows });
  }
  for (const [type, cypher] of Object.entries(RELATIONSHIP_STATEMENTS)) {
    const rows = relationships
      .filter((r) => r.type === type)
      .map(({ type: _type, from, to, ...props }) => ({ from, to, props }));
    await inBatches({ driver, cypher, rows });
  }
}
