import { schemaStatements } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { WriteOptions } from './write-document';

/**
 * Creates every constraint and index the model implies (each `IF NOT EXISTS`, so re-running
 * is a no-op), then waits until the indexes are online so a following import can use them.
 * @example await applySchema(driver, { database: 'neo4j' })
 */
export async function applySchema(driver: Driver, options: WriteOptions = {}): Promise<void> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(options.database && { database: options.database }),
  });
  try {
    // Schema commands cannot share a transaction with each other's effects: one each.
    for (const statement of schemaStatements()) await session.run(statement.cypher);
    await session.run('CALL db.awaitIndexes()');
  } finally {
    await session.close();
  }
}

// Databases each driver has had the schema applied to in this process.
const applied = new WeakMap<Driver, Map<string, Promise<void>>>();

/**
 * `applySchema` once per driver and database in this process: the statements are no-ops after
 * the first run, but each still costs a round trip and an index wait.
 */
export function ensureSchema(driver: Driver, options: WriteOptions = {}): Promise<void> {
  const databases = applied.get(driver) ?? new Map<string, Promise<void>>();
  applied.set(driver, databases);
  const database = options.database ?? '';
  const pending =
    databases.get(database) ??
    applySchema(driver, options).catch((error: unknown) => {
      databases.delete(database);
      throw error;
    });
  databases.set(database, pending);
  return pending;
}
