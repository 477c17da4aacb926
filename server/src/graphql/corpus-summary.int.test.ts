import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../db/driver';
import { seedFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

const SUMMARY = `{ corpusSummary {
  declarations states instruments organizations sources signatures earliestAdoption latestAdoption earliestInstrumentAdoption
} }`;

describe('corpusSummary against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const summary = async () => {
    const { body } = await graphqlRequest(yoga, { query: SUMMARY });
    expect(body.errors).toBeUndefined();
    return (body.data as { corpusSummary: Record<string, unknown> }).corpusSummary;
  };

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await wipe(driver);
    yoga = createYoga({ driver });
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('answers zeros and no years on an empty graph', async () => {
    expect(await summary()).toEqual({
      declarations: 0,
      states: 0,
      instruments: 0,
      organizations: 0,
      sources: 0,
      signatures: 0,
      earliestAdoption: null,
      latestAdoption: null,
      earliestInstrumentAdoption: null,
    });
  });

  it('counts the whole graph and spans the dated declarations only', async () => {
    await seedFixture(driver);
    expect(await summary()).toEqual({
      declarations: 3,
      states: 5,
      instruments: 3,
      organizations: 2,
      sources: 2,
      signatures: 6,
      earliestAdoption: '2023-07-30',
      latestAdoption: '2025-07-30',
      earliestInstrumentAdoption: '2000-11-15',
    });
  });
});
