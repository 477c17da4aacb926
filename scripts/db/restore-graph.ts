import neo4j from 'neo4j-driver';
import type { Driver, Session } from 'neo4j-driver';
import { DUMP_FORMAT, decodeProperties } from './dump-format';
import type { Dump } from './dump-format';

export type RestoreSummary = { nodes: number; relationships: number; schemaCreated: number };

/**
 * The only label nodes carry while a load stages them: invisible to the app's label-anchored
 * queries and free of the model's uniqueness constraints, which the old graph still holds.
 */
export const STAGING_LABEL = 'TreatygraphLoadStaging';

// Each batch is its own transaction: 10,000 rows of a dump's few properties stay far below
// the default transaction memory however large the graph (one transaction overflowed it at
// 1,000,000 edges), as the importer's batches do.
const BATCH = 10_000;

/** A label or relationship type as a Cypher identifier: backticks doubled, then quoted. */
const identifier = (name: string) => `\`${name.replace(/`/g, '``')}\``;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '');
}

/**
 * Checks a parsed dump file's shape, naming the first field that is wrong, and decodes its
 * values; nothing is written unless the whole file holds.
 */
export function checkDump(value: unknown): Dump {
  const fail = (field: string, message: string) => {
    throw new Error(`${field}: ${message}`);
  };
  const dump = value as Partial<Dump> | null;
  if (!dump || typeof dump !== 'object') return fail('(root)', 'expected a JSON object');
  if (dump.format !== DUMP_FORMAT) fail('format', `expected "${DUMP_FORMAT}"`);
  if (!Array.isArray(dump.schema)) fail('schema', 'expected an array');
  if (!Array.isArray(dump.nodes)) fail('nodes', 'expected an array');
  if (!Array.isArray(dump.relationships)) fail('relationships', 'expected an array');
  const { schema = [], nodes = [], relationships = [] } = dump;
  schema.forEach((s, i) => {
    if (typeof s?.name !== 'string' || !/^CREATE (CONSTRAINT|[A-Z ]*INDEX) /.test(s.statement)) {
      fail(`schema[${i}]`, 'expected { name, statement: "CREATE CONSTRAINT|INDEX …" }');
    }
  });
  nodes.forEach((n, i) => {
    if (!isStringArray(n?.labels)) fail(`nodes[${i}].labels`, 'expected an array of names');
    decodeProperties(n.properties, `nodes[${i}]`);
  });
  relationships.forEach((r, i) => {
    if (typeof r?.type !== 'string' || r.type === '') fail(`relationships[${i}].type`, 'missing');
    for (const end of ['from', 'to'] as const) {
      const at = r[end];
      if (!Number.isInteger(at) || at < 0 || at >= nodes.length) {
        fail(`relationships[${i}].${end}`, `expected a node index below ${nodes.length}`);
      }
    }
    decodeProperties(r.properties, `relationships[${i}]`);
  });
  return dump as Dump;
}

type Options = { database?: string; onProgress?: (message: string) => void };

const sessionOf = (driver: Driver, database?: string) =>
  driver.session({ defaultAccessMode: neo4j.session.WRITE, ...(database && { database }) });

async function countOf(session: Session, cypher: string): Promise<number> {
  const result = await session.run(cypher);
  return neo4j.integer.toNumber(result.records[0]?.get(0) ?? 0);
}

/** How many nodes the graph holds, not counting nodes a failed load left staged. */
export async function countNodes(driver: Driver, options: { database?: string } = {}) {
  const session = sessionOf(driver, options.database);
  try {
    return await countOf(session, `MATCH (n) WHERE NOT n:${STAGING_LABEL} RETURN count(n)`);
  } finally {
    await session.close();
  }
}

/**
 * Deletes what `match` binds to `n` or `r`, 10,000 at a time, each batch its own transaction
 * (`CALL … IN TRANSACTIONS` would keep its outer transaction open past the transaction timeout).
 */
async function deleteInBatches(session: Session, match: string, what: 'n' | 'r') {
  for (;;) {
    const deleted = await session.executeWrite(async (tx) => {
      const result = await tx.run(
        `${match} WITH ${what} LIMIT ${BATCH} ${what === 'n' ? 'DETACH ' : ''}DELETE ${what} ` +
          'RETURN count(*) AS deleted',
      );
      return neo4j.integer.toNumber(result.records[0]?.get('deleted') ?? 0);
    });
    if (deleted === 0) return;
  }
}

async function removeStaged(session: Session) {
  await deleteInBatches(session, `MATCH (:${STAGING_LABEL})-[r]-()`, 'r');
  await deleteInBatches(session, `MATCH (n:${STAGING_LABEL})`, 'n');
}

async function createSchema(session: Session, dump: Dump): Promise<number> {
  const existing = new Set<string>();
  for (const show of ['SHOW CONSTRAINTS YIELD name', 'SHOW INDEXES YIELD name']) {
    for (const r of (await session.run(show)).records) existing.add(r.get('name') as string);
  }
  const missing = dump.schema.filter((s) => !existing.has(s.name));
  // Schema changes cannot share a transaction with data, so they come first, one by one.
  for (const { statement } of missing) await session.run(statement);
  if (missing.length > 0) await session.run('CALL db.awaitIndexes(300)');
  return missing.length;
}

/**
 * Refuses a dump that breaks a uniqueness constraint of the database, before anything is
 * deleted: the staged nodes only meet the constraints when they get their labels at the end.
 */
async function checkUniqueness(session: Session, dump: Dump) {
  const constraints = await session.run(
    "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties WHERE entityType = 'NODE' " +
      "AND type IN ['UNIQUENESS', 'NODE_KEY'] RETURN name, labelsOrTypes[0] AS label, properties",
  );
  for (const record of constraints.records) {
    const label = record.get('label') as string;
    const properties = record.get('properties') as string[];
    const seen = new Map<string, number>();
    dump.nodes.forEach((node, i) => {
      if (!node.labels.includes(label)) return;
      const values = properties.map((p) => node.properties[p]);
      if (values.some((v) => v === undefined)) return;
      const key = JSON.stringify(values);
      const first = seen.get(key);
      if (first !== undefined) {
        throw new Error(
          `nodes[${i}] repeats nodes[${first}]'s ${label} ${properties.join(', ')} ` +
            `(constraint ${String(record.get('name'))})`,
        );
      }
      seen.set(key, i);
    });
  }
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH) yield items.slice(start, start + BATCH);
}

/** Every node under the staging label only, every relationship between them; element ids back. */
async function stage(session: Session, dump: Dump): Promise<string[]> {
  const ids: string[] = new Array<string>(dump.nodes.length);
  for (const batch of batches(dump.nodes.map((_, i) => i))) {
    const rows = batch.map((i) => ({
      i,
      props: decodeProperties(dump.nodes[i]?.properties, `nodes[${i}]`),
    }));
    await session.executeWrite(async (tx) => {
      const result = await tx.run(
        `UNWIND $rows AS row CREATE (n:${STAGING_LABEL}) SET n = row.props ` +
          'RETURN row.i AS i, elementId(n) AS id',
        { rows },
      );
      for (const r of result.records) ids[neo4j.integer.toNumber(r.get('i'))] = r.get('id');
    });
  }
  for (const [type, members] of groupBy(dump.relationships, (r) => r.type)) {
    for (const batch of batches(members)) {
      const rows = batch.map((i) => {
        const r = dump.relationships[i];
        return {
          from: ids[r?.from ?? -1],
          to: ids[r?.to ?? -1],
          props: decodeProperties(r?.properties, `relationships[${i}]`),
        };
      });
      await session.executeWrite((tx) =>
        tx.run(
          'UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.from ' +
            'MATCH (b) WHERE elementId(b) = row.to ' +
            `CREATE (a)-[r:${identifier(type)}]->(b) SET r = row.props`,
          { rows },
        ),
      );
    }
  }
  return ids;
}

/**
 * Makes the database hold exactly the dumped graph, in batches that each fit the default
 * transaction memory, without ever leaving the old graph damaged by a failed load:
 * 1. missing constraints and indexes are created, and a dump that would break a uniqueness
 *    constraint is refused;
 * 2. every node is written under a staging label only, with every relationship between them,
 *    and the staged counts are verified; any failure here deletes what was staged and leaves
 *    the old graph as it was;
 * 3. only then is the old graph deleted and the staged nodes given their labels.
 * Step 3 is short, but a crash inside it leaves a partial graph: `db:load --replace` writes a
 * dump of the old graph first for that case. Nodes a crashed load left staged are removed first.
 * @example await restoreGraph(driver, checkDump(JSON.parse(text)), { database: 'neo4j' })
 */
export async function restoreGraph(
  driver: Driver,
  dump: Dump,
  options: Options = {},
): Promise<RestoreSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const session = sessionOf(driver, options.database);
  try {
    await removeStaged(session);
    const schemaCreated = await createSchema(session, dump);
    await checkUniqueness(session, dump);
    progress(`staging ${dump.nodes.length} nodes and ${dump.relationships.length} relationships`);
    let ids: string[];
    try {
      ids = await stage(session, dump);
      const nodes = await countOf(session, `MATCH (n:${STAGING_LABEL}) RETURN count(n)`);
      const relationships = await countOf(
        session,
        `MATCH (:${STAGING_LABEL})-[r]->(:${STAGING_LABEL}) RETURN count(r)`,
      );
      if (nodes !== dump.nodes.length || relationships !== dump.relationships.length) {
        throw new Error(
          `staged ${nodes} nodes and ${relationships} relationships, expected ` +
            `${dump.nodes.length} and ${dump.relationships.length}`,
        );
      }
    } catch (error) {
      progress('the load failed: removing what was staged; the graph is as it was');
      await removeStaged(session);
      throw error;
    }
    progress('staged and verified: replacing the old graph');
    await deleteInBatches(session, `MATCH (a)-[r]->() WHERE NOT a:${STAGING_LABEL}`, 'r');
    await deleteInBatches(session, `MATCH (n) WHERE NOT n:${STAGING_LABEL}`, 'n');
    for (const [labels, members] of groupBy(dump.nodes, (n) =>
      n.labels.map(identifier).join(':'),
    )) {
      for (const batch of batches(members)) {
        await session.executeWrite((tx) =>
          tx.run(
            'UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id ' +
              `${labels ? `SET n:${labels} ` : ''}REMOVE n:${STAGING_LABEL}`,
            { ids: batch.map((i) => ids[i]) },
          ),
        );
      }
    }
    return { nodes: dump.nodes.length, relationships: dump.relationships.length, schemaCreated };
  } finally {
    await session.close();
  }
}
