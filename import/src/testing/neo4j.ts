import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';

/** A driver for the test run's Neo4j (authentication disabled), from the int globalSetup. */
export function testDriver(): Driver {
  return neo4j.driver(inject('neo4jUri'));
}

/** Deletes every node and relationship; constraints and indexes stay. */
export async function wipe(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

/** The first column of every row of a read query. */
export async function column<T = unknown>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => r.get(0) as T);
}
