import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { DUMP_FORMAT, decodeProperties } from './dump-format';
import type { Dump } from './dump-format';

export type RestoreSummary = { nodes: number; relationships: number; schemaCreated: number };

// Small enough to keep each parameter map modest, big enough to keep round trips few.
const BATCH = 1_000;

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

async function createSchema(driver: Driver, dump: Dump, database?: string): Promise<number> {
  const session = driver.session({ ...(database && { database }) });
  try {
    const existing = new Set<string>();
    for (const show of ['SHOW CONSTRAINTS YIELD name', 'SHOW INDEXES YIELD name']) {
      for (const r of (await session.run(show)).records) existing.add(r.get('name') as string);
    }
    const missing = dump.schema.filter((s) => !existing.has(s.name));
    // Schema changes cannot share a transaction with data, so they come first, one by one.
    for (const { statement } of missing) await session.run(statement);
    if (missing.length > 0) await session.run('CALL db.awaitIndexes(300)');
    return missing.length;
  } finally {
    await session.close();
  }
}

async function replaceData(tx: ManagedTransaction, dump: Dump): Promise<void> {
  await tx.run('MATCH (n) DETACH DELETE n');
  const ids: string[] = new Array<string>(dump.nodes.length);
  const byLabels = new Map<string, number[]>();
  dump.nodes.forEach((node, i) => {
    const key = node.labels.map(identifier).join(':');
    byLabels.set(key, [...(byLabels.get(key) ?? []), i]);
  });
  for (const [labels, members] of byLabels) {
    for (let start = 0; start < members.length; start += BATCH) {
      const batch = members.slice(start, start + BATCH);
      const rows = batch.map((i) => ({
        i,
        props: decodeProperties(dump.nodes[i]?.properties, `nodes[${i}]`),
      }));
      const result = await tx.run(
        `UNWIND $rows AS row CREATE (n${labels ? `:${labels}` : ''}) SET n = row.props ` +
          'RETURN row.i AS i, elementId(n) AS id',
        { rows },
      );
      for (const r of result.records) ids[neo4j.integer.toNumber(r.get('i'))] = r.get('id');
    }
  }
  const byType = new Map<string, number[]>();
  dump.relationships.forEach((r, i) => byType.set(r.type, [...(byType.get(r.type) ?? []), i]));
  for (const [type, members] of byType) {
    for (let start = 0; start < members.length; start += BATCH) {
      const rows = members.slice(start, start + BATCH).map((i) => {
        const r = dump.relationships[i];
        return {
          from: ids[r?.from ?? -1],
          to: ids[r?.to ?? -1],
          props: decodeProperties(r?.properties, `relationships[${i}]`),
        };
      });
      await tx.run(
        'UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.from ' +
          'MATCH (b) WHERE elementId(b) = row.to ' +
          `CREATE (a)-[r:${identifier(type)}]->(b) SET r = row.props`,
        { rows },
      );
    }
  }
}

/**
 * Makes the database hold exactly the dumped graph: missing constraints and indexes are
 * created, then every node and relationship is replaced in one write transaction, so a failed
 * load leaves the previous graph as it was.
 * @example await restoreGraph(driver, checkDump(JSON.parse(text)), { database: 'neo4j' })
 */
export async function restoreGraph(
  driver: Driver,
  dump: Dump,
  options: { database?: string } = {},
): Promise<RestoreSummary> {
  const schemaCreated = await createSchema(driver, dump, options.database);
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(options.database && { database: options.database }),
  });
  try {
    await session.executeWrite((tx) => replaceData(tx, dump));
  } finally {
    await session.close();
  }
  return { nodes: dump.nodes.length, relationships: dump.relationships.length, schemaCreated };
}
