import { nodeKind } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import type { WritePlan } from './plan';

/** What seeding added: new nodes, properties filled in on existing ones, new or newer facts. */
export type SeedSummary = {
  nodesCreated: number;
  propertiesAdded: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
};

// A fact is replaced only when the graph holds it from the same source, as of an earlier date:
// a fact from any other source (an analyst's newer status table, a statement) is left alone.
// A relationship just created holds the row's own asOf, so it never counts as newer.
function seedRelationshipsCypher(type: string, from: string, to: string): string {
  const a = nodeKind(from);
  const b = nodeKind(to);
  return (
    'UNWIND $rows AS row ' +
    `MATCH (a:${a.label} {${a.key}: row.from}) ` +
    `MATCH (b:${b.label} {${b.key}: row.to}) ` +
    `MERGE (a)-[r:${type}]->(b) ` +
    'ON CREATE SET r = row.props ' +
    'WITH r, row, coalesce(r.source = row.props.source AND r.asOf < row.props.asOf, false) AS newer ' +
    'FOREACH (_ IN CASE WHEN newer THEN [1] ELSE [] END | SET r = row.props) ' +
    'RETURN count(r) AS count, sum(CASE WHEN newer THEN 1 ELSE 0 END) AS updated'
  );
}

/**
 * Writes a plan without overwriting anything: missing nodes are created, existing ones only get
 * the properties they lack, missing relationships are created, and an existing one is replaced
 * only by a strictly newer fact (later `asOf`) of its own source. Runs in the caller's
 * transaction; a relationship naming a missing node throws, rolling it back.
 */
export async function seedPlan(tx: ManagedTransaction, plan: WritePlan): Promise<SeedSummary> {
  const summary: SeedSummary = {
    nodesCreated: 0,
    propertiesAdded: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
  };
  for (const batch of plan.nodes) {
    const { label, key } = batch.kind;
    const existing = await tx.run(
      `UNWIND $keys AS key MATCH (n:${label} {${key}: key}) RETURN key, properties(n) AS props`,
      { keys: batch.rows.map((row) => row.key) },
    );
    const held = new Map(
      existing.records.map((r) => [
        r.get('key') as unknown,
        r.get('props') as Record<string, unknown>,
      ]),
    );
    const rows = batch.rows.flatMap((row) => {
      const props = held.get(row.key);
      if (props === undefined) return [row];
      const missing = Object.entries(row.props).filter(([name]) => props[name] == null);
      summary.propertiesAdded += missing.length;
      return missing.length === 0 ? [] : [{ key: row.key, props: Object.fromEntries(missing) }];
    });
    if (rows.length === 0) continue;
    const result = await tx.run(
      `UNWIND $rows AS row MERGE (n:${label} {${key}: row.key}) SET n += row.props`,
      { rows },
    );
    summary.nodesCreated += result.summary.counters.updates().nodesCreated;
  }
  for (const batch of plan.relationships) {
    const { type, from, to } = batch.kind;
    const result = await tx.run(seedRelationshipsCypher(type, from, to), { rows: batch.rows });
    const record = result.records[0];
    const written = neo4j.integer.toNumber(record?.get('count') ?? 0);
    if (written !== batch.rows.length) {
      throw new Error(`${batch.rows.length - written} ${type} relationship(s) name a missing node`);
    }
    summary.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
    summary.relationshipsUpdated += neo4j.integer.toNumber(record?.get('updated') ?? 0);
  }
  return summary;
}
