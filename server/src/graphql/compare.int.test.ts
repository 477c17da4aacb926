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
type StatusRow = { state: { code: string }; status: string };
const COMPARE = `query ($a: ID!, $b: ID!, $asOf: Date) {
  compare(a: $a, b: $b, asOf: $asOf) {
    both { code } onlyA { code } onlyB { code } undetermined { code }
  }
}`;
const STATUS = `query ($id: ID!, $date: Date!) {
  instrument(id: $id) { statusAsOf(date: $date) { state { code } status } }
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
    // As in the corpus: Bangladesh signed the 2025 statement, and a 2020 statement says it
    // acceded to the Protocol "last September", so its consent has no date.
    await driver.executeQuery(
      "MATCH (d:Declaration {id: $d2025}), (p:Instrument {id: 'palermo-protocol'}) " +
        "CREATE (bgd:State {code: 'BGD', name: 'Bangladesh', region: 'Asia'})-[:SIGNED]->(d) " +
        "CREATE (bgd)-[:PARTY_TO {consentType: 'accession', asOf: '2020-07-30'}]->(p)",
      { d2025: D2025 },
    );
    // The fixture's tables stand for whole ones: a state they leave out is not party, so
    // these comparisons have no "no record" lists (status-completeness.int.test.ts has those).
    await driver.executeQuery(
      "CREATE (s:Source {id: 'src-fixture-tables'}) WITH s " +
        "MATCH (i:Instrument) WHERE i.id IN ['untoc', 'palermo-protocol'] " +
        "CREATE (s)-[:COVERS {asOf: '2025-12-31', complete: true}]->(i)",
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
      onlyA: ['BGD', 'LAO', 'PHL', 'THA'],
      onlyB: ['MEX'],
      undetermined: [],
    });
  });

  it('compares a declaration with current parties of an instrument', async () => {
    expect(await compare(D2025, 'untoc')).toEqual({
      both: ['LAO', 'THA'],
      onlyA: ['BGD', 'BLR', 'PHL'],
      onlyB: [],
      undetermined: [],
    });
  });

  it('counts consents and withdrawals as of a date', async () => {
    expect(await compare('untoc', D2023, '2010-01-01')).toEqual({
      both: ['MEX'],
      onlyA: ['LAO'],
      onlyB: ['BLR'],
      undetermined: [],
    });
    expect(await compare('untoc', 'palermo-protocol', '2021-01-01')).toEqual({
      both: [],
      onlyA: ['LAO', 'THA'],
      onlyB: ['BGD', 'BLR'],
      undetermined: [],
    });
    expect(await compare('untoc', 'palermo-protocol', '2003-01-01')).toEqual({
      both: [],
      onlyA: [],
      onlyB: [],
      undetermined: ['BGD'],
    });
  });

  it('holds an undated consent undetermined before its evidence, party from it on', async () => {
    expect(await compare(D2025, 'palermo-protocol', '2019-01-01')).toEqual({
      both: ['BLR'],
      onlyA: ['LAO', 'PHL', 'THA'],
      onlyB: [],
      undetermined: ['BGD'],
    });
    expect(await compare(D2025, 'palermo-protocol', '2020-07-30')).toEqual({
      both: ['BGD', 'BLR'],
      onlyA: ['LAO', 'PHL', 'THA'],
      onlyB: [],
      undetermined: [],
    });
    expect(await compare(D2025, 'palermo-protocol')).toEqual({
      both: ['BGD', 'BLR'],
      onlyA: ['LAO', 'PHL', 'THA'],
      onlyB: [],
      undetermined: [],
    });
  });

  it.each(['2003-01-01', '2003-06-25', '2013-10-17', '2019-01-01', '2020-07-30', '2021-01-01'])(
    'on %s, counts the parties Instrument.statusAsOf reports, its UNKNOWN undetermined',
    async (date) => {
      const statuses = async (id: string) => {
        const { body } = await graphqlRequest(yoga, { query: STATUS, variables: { id, date } });
        const rows = (body.data as { instrument: { statusAsOf: StatusRow[] } }).instrument
          .statusAsOf;
        const codes = (...of: string[]) =>
          rows.filter((r) => of.includes(r.status)).map((r) => r.state.code);
        return { party: codes('BOUND', 'IN_FORCE'), unknown: codes('UNKNOWN') };
      };
      const a = await statuses('palermo-protocol');
      const b = await statuses('untoc');
      const c = await compare('palermo-protocol', 'untoc', date);
      const unknown = [...a.unknown, ...b.unknown];
      expect(c.undetermined?.sort()).toEqual(unknown.sort());
      expect([...(c.onlyA ?? []), ...(c.both ?? [])].sort()).toEqual(a.party.sort());
      expect([...(c.onlyB ?? []), ...(c.both ?? [])].sort()).toEqual(b.party.sort());
    },
  );

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
