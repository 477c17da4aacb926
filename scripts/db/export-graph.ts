import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { DUMP_FORMAT, UnsupportedValueError, encodeValue } from './dump-format';
import type { DumpValue } from './dump-format';

export type DumpSummary = { nodes: number; relationships: number; schema: number };

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

/** A file written in pieces, waiting whenever the disk is behind, so memory stays flat. */
function openOutput(path: string) {
  const stream = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  return {
    async write(text: string) {
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), failed]);
    },
    async close() {
      stream.end();
      await Promise.race([once(stream, 'finish'), failed]);
    },
    destroy: () => stream.destroy(),
  };
}

/**
 * Writes the whole graph of one database, with its constraints and indexes, to `file` as a
 * `db:load` dump. One read transaction, so the dump is a consistent snapshot even while the app
 * is serving; records are streamed to disk as they arrive (only an element id → index map is
 * held), and the file appears under its name only once complete.
 * @example await dumpGraph(driver, '.data/backups/graph.json', { database: 'neo4j' });
 */
export async function dumpGraph(
  driver: Driver,
  file: string,
  options: { database?: string } = {},
): Promise<DumpSummary> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const out = openOutput(partial);
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(options.database && { database: options.database }),
  });
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
    await out.write(`{"format":${JSON.stringify(DUMP_FORMAT)},"schema":${JSON.stringify(schema)}`);
    // An explicit transaction, not executeRead: a retry would repeat what is already written.
    const tx = session.beginTransaction();
    const index = new Map<string, number>();
    let relationships = 0;
    try {
      await out.write(',"nodes":[');
      const nodes = tx.run(
        'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
      );
      for await (const record of nodes) {
        const i = index.size;
        index.set(record.get('id') as string, i);
        const labels = (record.get('labels') as string[]).slice().sort();
        const properties = encodeProperties(record.get('props'), `node ${i} (${labels.join(':')})`);
        await out.write(`${i === 0 ? '' : ','}\n${JSON.stringify({ labels, properties })}`);
      }
      await out.write('],"relationships":[');
      const rels = tx.run(
        'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, ' +
          'properties(r) AS props',
      );
      for await (const record of rels) {
        const type = record.get('type') as string;
        const line = {
          type,
          from: index.get(record.get('from') as string) ?? -1,
          to: index.get(record.get('to') as string) ?? -1,
          properties: encodeProperties(
            record.get('props'),
            `relationship ${relationships} (${type})`,
          ),
        };
        await out.write(`${relationships === 0 ? '' : ','}\n${JSON.stringify(line)}`);
        relationships += 1;
      }
      await out.write(']}\n');
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback();
    }
    await out.close();
    // Renamed only once whole: a crash never leaves half a dump under its name.
    await rename(partial, file);
    return { nodes: index.size, relationships, schema: schema.length };
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await session.close();
  }
}
