import type { Driver } from 'neo4j-driver';

const CLEAR_BATCH = 10_000;

// Deletes what `match` finds, CLEAR_BATCH at a time, each batch its own transaction, until none
// is left: no transaction lasts longer than one batch, so none meets Neo4j's transaction timeout
// however large the graph (`CALL … IN TRANSACTIONS` runs inside one outer transaction that does).
async function deleteInBatches(driver: Driver, match: string): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      `${match} WITH x LIMIT ${CLEAR_BATCH} DELETE x RETURN count(*) AS n`,
    );
    if (Number(records[0]?.get('n')) === 0) return;
  }
}

/**
 * Empties the database in batches, so a million relationships fit the transaction memory and
 * time: relationships first, because one state's DETACH DELETE alone can take tens of thousands.
 */
export async function clearDatabase(driver: Driver): Promise<void> {
  await deleteInBatches(driver, 'MATCH ()-[x]->()');
  await deleteInBatches(driver, 'MATCH (x)');
}

/** How many relationships the database holds. */
export async function countRelationships(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
  const n: unknown = records[0]?.get('n');
  return typeof n === 'number' ? n : Number(n);
}
