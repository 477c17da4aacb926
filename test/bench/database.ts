import type { Driver } from 'neo4j-driver';

/**
 * Empties the database in batches, so a million relationships fit the transaction memory:
 * relationships first, because one state's DETACH DELETE alone can take tens of thousands.
 */
export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** How many relationships the database holds. */
export async function countRelationships(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
  const n: unknown = records[0]?.get('n');
  return typeof n === 'number' ? n : Number(n);
}
