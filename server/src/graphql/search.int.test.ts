import { schemaStatements } from '@treatygraph/schema';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import { seedFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

const HITS = `query ($q: String!, $first: Int) {
  search(query: $q, first: $first) {
    score
    entity {
      __typename
      ... on State { code }
      ... on Declaration { id }
      ... on Instrument { id }
      ... on Organization { id }
    }
  }
}`;

type Hit = { score: number; entity: { __typename: string; code?: string; id?: string } };

describe('search against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const search = async (q: string, first?: number) => {
    const { body } = await graphqlRequest(yoga, { query: HITS, variables: { q, first } });
    expect(body.errors).toBeUndefined();
    return (body.data as { search: Hit[] }).search;
  };
  const keys = (hits: Hit[]) => hits.map((h) => h.entity.code ?? h.entity.id);

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    for (const statement of schemaStatements()) await driver.executeQuery(statement.cypher);
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    await seedFixture(driver);
    // A report whose short name contains the organization's acronym.
    await driver.executeQuery(
      "CREATE (:Instrument {id: 'unodc-global-report', kind: 'report', " +
        "name: 'Global Report on Trafficking in Persons', " +
        "shortName: 'UNODC Global Report on Trafficking in Persons'})",
    );
    yoga = createYoga({ driver });
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('ranks the Trafficking in Persons Protocol first for "palermo"', async () => {
    const hits = await search('palermo');
    expect(hits[0]?.entity).toEqual({ __typename: 'Instrument', id: 'palermo-protocol' });
    expect(keys(hits)).toContain('untoc');
    expect(hits[0]?.score).toBeGreaterThan(0);
  });

  it('finds states by name, any case', async () => {
    expect(keys(await search('LAOS'))[0]).toBe('LAO');
  });

  it('matches a word with one letter wrong', async () => {
    expect(keys(await search('thailnd'))).toContain('THA');
    expect(keys(await search('belaruz'))).toContain('BLR');
  });

  it('returns declarations and organizations, never groups', async () => {
    expect(keys(await search('unodc')).slice(0, 2)).toEqual(['unodc', 'unodc-global-report']);
    expect(keys(await search('joint statement'))).toContain('2023-07-30-joint-statement');
    const friends = await search('friends united');
    expect(friends.map((h) => h.entity.__typename)).not.toContain('Group');
  });

  it('treats Lucene syntax as literal text', async () => {
    for (const q of ['palermo~', 'AND', '"', '(*', 'lao:pdr', 'a\\b', 'x/y', '[]{}^!']) {
      await search(q);
    }
    expect(await search('   ')).toEqual([]);
    expect(keys(await search('lao:pdr'))).toContain('LAO');
  });

  it('bounds first', async () => {
    expect(await search('united', 1)).toHaveLength(1);
    expect(await search('united', 0)).toEqual([]);
    const { body } = await graphqlRequest(yoga, { query: HITS, variables: { q: 'x', first: 51 } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
