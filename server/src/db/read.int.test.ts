import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { wipe } from '../testing/fixture';
import { createDriver } from './driver';
import { createReader } from './read';

describe('the read helper', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await wipe(driver);
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('returns rows as plain objects, integers as numbers', async () => {
    const read = createReader({ driver });
    const rows = await read({
      text: 'RETURN $n + 1 AS n, [1, 2] AS list, {a: 1} AS map',
      params: { n: 41 },
    });
    expect(rows).toEqual([{ n: 42, list: [1, 2], map: { a: 1 } }]);
  });

  it('refuses a write: every read runs in a read transaction', async () => {
    const read = createReader({ driver });
    await expect(read({ text: 'CREATE (:Probe) RETURN 1', params: {} })).rejects.toMatchObject({
      code: 'WRITE_REFUSED',
    });
    const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN count(p) AS n');
    expect(records[0]?.get('n').toNumber()).toBe(0);
  });

  it('stops a query at the transaction timeout with TIMEOUT', async () => {
    const read = createReader({ driver, timeoutMs: 50 });
    const slow = 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';
    await expect(read({ text: slow, params: {} })).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('uses the configured database', async () => {
    const read = createReader({ driver, database: 'nosuchdatabase' });
    await expect(read({ text: 'RETURN 1', params: {} })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('works over a routing (neo4j://) URI as over bolt://', async () => {
    const routing = createDriver({ uri: inject('neo4jUri').replace(/^bolt:/, 'neo4j:') });
    try {
      expect(
        await createReader({ driver: routing })({ text: 'RETURN 1 AS one', params: {} }),
      ).toEqual([{ one: 1 }]);
    } finally {
      await routing.close();
    }
  });

  it('leaves errors it does not recognise (bugs) as they are', async () => {
    const read = createReader({ driver });
    await expect(read({ text: 'RETURN $missing', params: {} })).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ParameterMissing',
    });
  });
});
