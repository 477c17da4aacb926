import { applySchema, importCorpus, writeDocument } from '@treatygraph/import';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { largeDocument } from '../support/large-document';

async function count(driver: Driver, cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher);
  return neo4j.integer.toNumber(records[0]?.get(0) ?? 0);
}

// Keys that appear on more than one node, and relationships repeated between the same nodes.
const DUPLICATE_NODES =
  'MATCH (n) WITH labels(n) AS l, coalesce(n.id, n.code) AS key, count(*) AS c ' +
  'WHERE c > 1 RETURN count(*)';
const DUPLICATE_RELATIONSHIPS =
  'MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS c WHERE c > 1 RETURN count(*)';

describe('simultaneous imports of overlapping data', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = neo4j.driver(inject('neo4jUri'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await applySchema(driver);
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.close();
  });

  it('end with one copy of each entity and relationship, both imports succeeding', async () => {
    // Declarations 0–299 and 150–449 overlap on 150; every one names the same twelve states.
    const results = await Promise.allSettled([
      writeDocument(driver, largeDocument(300, 0)),
      writeDocument(driver, largeDocument(300, 150)),
      importCorpus(driver),
      importCorpus(driver),
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(4).fill('fulfilled'));
    expect(
      await count(
        driver,
        'MATCH (d:Declaration) WHERE d.id STARTS WITH "2020-01-01-reliability-" RETURN count(d)',
      ),
    ).toBe(450);
    expect(
      await count(
        driver,
        'MATCH (:State)-[r:SIGNED]->(d:Declaration) WHERE d.id STARTS WITH "2020-01-01-reliability-" RETURN count(r)',
      ),
    ).toBe(450 * 12);
    expect(await count(driver, DUPLICATE_NODES)).toBe(0);
    expect(await count(driver, DUPLICATE_RELATIONSHIPS)).toBe(0);
  }, 180_000);
});
