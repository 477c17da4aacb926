import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import { seedFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

const D2025 = '2025-07-30-human-trafficking-is-organized-crime';
const D2023 = '2023-07-30-joint-statement';
const COMPARE = `query ($a: ID!, $b: ID!, $asOf: Date) {
  compare(a: $a, b: $b, asOf: $asOf) { both { code } onlyA { code } onlyB { code } }
}`;

describe('compare against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const compare = async (a: string, b: string, asOf?: string) => {
    const { body } = await graphqlRequest(yoga, { query: COMPARE, variables: { a, b, asOf } });
    expect(body.errors).toBeUndefined();
    const c = (body.data as { compare: Record<string, { code: string }[]> }).compare;
    return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.map((s) => s.code)]));
  };

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await seedFixture(driver);
    // Mexico withdraws from UNTOC in 2020 (a test-only fact).
    await driver.executeQuery(
      "MATCH (:State {code: 'MEX'})-[p:PARTY_TO]->(:Instrument {id: 'untoc'}) " +
        "SET p.withdrawnOn = '2020-01-01'",
    );
    yoga = createYoga({ driver });
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('compares two declarations by signatories, sorted by name', async () => {
    expect(await compare(D2025, D2023)).toEqual({
      both: ['BLR'],
      onlyA: ['LAO', 'PHL', 'THA'],
      onlyB: ['MEX'],
    });
  });

  it('compares a declaration with current parties of an instrument', async () => {
    expect(await compare(D2025, 'untoc')).toEqual({
      both: ['LAO', 'THA'],
      onlyA: ['BLR', 'PHL'],
      onlyB: [],
    });
  });

  it('counts consents and withdrawals as of a date', async () => {
    expect(await compare('untoc', D2023, '2010-01-01')).toEqual({
      both: ['MEX'],
      onlyA: ['LAO'],
      onlyB: ['BLR'],
    });
    expect(await compare('untoc', 'palermo-protocol', '2021-01-01')).toEqual({
      both: [],
      onlyA: ['LAO', 'THA'],
      onlyB: ['BLR'],
    });
    expect(await compare('untoc', 'palermo-protocol', '2003-01-01')).toEqual({
      both: [],
      onlyA: [],
      onlyB: [],
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: COMPARE,
      variables: { a: 'untoc', b: 'no-such-thing' },
    });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0]?.message).toContain('no-such-thing');
  });
});
