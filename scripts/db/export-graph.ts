import type { Driver } from 'neo4j-driver';
import { DUMP_FORMAT, UnsupportedValueError, encodeValue } from './dump-format';
import type { Dump, DumpValue } from './dump-format';

function encodeProperties(properties: Record<string, unknown>, where: string) {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]): [string, DumpValue] => {
      try {
        return [key, encodeValue(value)];
      } catch (error) {
        throw new UnsupportedValueError(`${where}, property ${key}: ${(error as Error).message}`);
      }
    }),
  );
}

/**
 * The whole graph of one database, with its constraints and indexes, read in one read
 * transaction so that the dump is a consistent snapshot even while the app is serving.
 * @example const dump = await exportGraph(driver, { database: 'neo4j' });
 */
export async function exportGraph(driver: Driver, options: { database?: string } = {}) {
  const session = driver.session({ ...(options.database && { database: options.database }) });
  try {
    const constraints = await session.run(
      'SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement ORDER BY name',
    );
    // Indexes that back a constraint come back with it; the lookup indexes exist by default.
    const indexes = await session.run(
      'SHOW INDEXES YIELD name, type, owningConstraint, createStatement ' +
        "WHERE owningConstraint IS NULL AND type <> 'LOOKUP' " +
        'RETURN name, createStatement ORDER BY name',
    );
    const schema = [...constraints.records, ...indexes.records].map((r) => ({
      name: r.get('name') as string,
      statement: r.get('createStatement') as string,
    }));
    return await session.executeRead(async (tx): Promise<Dump> => {
      const nodes = await tx.run(
        'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
      );
      const index = new Map<string, number>();
      const dumpNodes = nodes.records.map((record, i) => {
        const id = record.get('id') as string;
        index.set(id, i);
        const labels = (record.get('labels') as string[]).slice().sort();
        const where = `node ${i} (${labels.join(':')})`;
        return { labels, properties: encodeProperties(record.get('props'), where) };
      });
      const relationships = await tx.run(
        'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, ' +
          'properties(r) AS props',
      );
      const dumpRelationships = relationships.records.map((record, i) => {
        const type = record.get('type') as string;
        return {
          type,
          from: index.get(record.get('from') as string) ?? -1,
          to: index.get(record.get('to') as string) ?? -1,
          properties: encodeProperties(record.get('props'), `relationship ${i} (${type})`),
        };
      });
      return { format: DUMP_FORMAT, schema, nodes: dumpNodes, relationships: dumpRelationships };
    });
  } finally {
    await session.close();
  }
}
