import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import { seedAnalystFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

const STATUS = `query ($id: ID!, $date: Date!) {
  instrument(id: $id) {
    statusAsOf(date: $date) {
      state { code } status signedOn consentOn consentType inForceOn withdrawnOn
    }
  }
}`;

type Row = { state: { code: string }; status: string; inForceOn: string | null };

describe('Instrument.statusAsOf against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const statusOn = async (date: string, id = 'untoc') => {
    const { body } = await graphqlRequest(yoga, { query: STATUS, variables: { id, date } });
    expect(body.errors).toBeUndefined();
    const rows = (body.data as { instrument: { statusAsOf: Row[] } }).instrument.statusAsOf;
    return Object.fromEntries(rows.map((r) => [r.state.code, r.status]));
  };

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await seedAnalystFixture(driver);
    yoga = createYoga({ driver });
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('before UNTOC entered into force: signatures and consents, nothing in force', async () => {
    expect(await statusOn('2003-03-04')).toEqual({
      FRA: 'BOUND',
      DEU: 'SIGNED',
      KAZ: 'NOT_PARTY',
      LAO: 'NOT_PARTY',
      MEX: 'BOUND',
      RUS: 'SIGNED',
      ESP: 'SIGNED',
      THA: 'SIGNED',
      UZB: 'SIGNED',
    });
  });

  it('years later: in force, signed only, and withdrawn, by state name', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: STATUS,
      variables: { id: 'untoc', date: '2021-01-01' },
    });
    const rows = (body.data as { instrument: { statusAsOf: Row[] } }).instrument.statusAsOf;
    expect(rows.map((r) => r.state.code)).toEqual([
      'FRA',
      'DEU',
      'KAZ',
      'LAO',
      'MEX',
      'RUS',
      'ESP',
      'THA',
      'UZB',
    ]);
    expect(rows.find((r) => r.state.code === 'LAO')).toEqual({
      state: { code: 'LAO' },
      status: 'IN_FORCE',
      signedOn: null,
      consentOn: '2003-09-26',
      consentType: 'ACCESSION',
      // Consent came three days before UNTOC entered into force.
      inForceOn: '2003-09-29',
      withdrawnOn: null,
    });
    expect(await statusOn('2021-01-01')).toMatchObject({
      THA: 'IN_FORCE',
      ESP: 'SIGNED',
      UZB: 'WITHDRAWN',
    });
  });

  it('stays BOUND where the instrument has no entry-into-force date', async () => {
    expect(await statusOn('2010-01-01', 'palermo-protocol')).toEqual({ BLR: 'BOUND' });
  });

  it('rejects a malformed date with BAD_USER_INPUT', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: STATUS,
      variables: { id: 'untoc', date: '2021-02-30' },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
