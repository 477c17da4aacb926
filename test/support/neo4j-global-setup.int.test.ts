import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';

describe('neo4j global setup', () => {
  it('provides one reachable Neo4j to every test file, also as NEO4J_URI', async () => {
    const uri = inject('neo4jUri');
    expect(uri).toMatch(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//);
    expect(process.env.NEO4J_URI).toBe(uri);
    const driver = neo4j.driver(uri);
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one');
      expect(records[0]?.get('one').toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });
});
