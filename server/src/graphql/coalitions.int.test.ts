import { dataVersionCypher } from '@treatygraph/schema';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { coalitionId } from '../analysis/communities';
import { createDriver } from '../db/driver';
import type { CypherQuery } from '../db/read';
import { seedAnalystFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

const COALITIONS = `query ($filter: CoalitionFilter, $resolution: Float) {
  coalitions(filter: $filter, resolution: $resolution) {
    id size cohesion internalWeight externalWeight members { code } declarations { id }
  }
}`;

type Coalition = {
  id: string;
  size: number;
  cohesion: number;
  internalWeight: number;
  externalWeight: number;
  members: { code: string }[];
  declarations: { id: string }[];
};

describe('coalitions and the co-signature network against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const queries: CypherQuery[] = [];
  const request = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphqlRequest(yoga, { query, variables });
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, unknown>;
  };
  const coalitions = async (variables: Record<string, unknown> = {}) =>
    (await request(COALITIONS, variables)).coalitions as Coalition[];
  const memberSets = (list: Coalition[]) => list.map((c) => c.members.map((m) => m.code));

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await seedAnalystFixture(driver);
    yoga = createYoga({
      driver,
      wrapRead: (read) => (query) => {
        queries.push(query);
        return read(query);
      },
    });
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('reads the network without aliases and loads them only for the members that ask', async () => {
    queries.length = 0;
    const data = await request('{ coalitions { members { code aliases } } }');
    const members = (data.coalitions as { members: { code: string; aliases: string[] }[] }[])
      .flatMap((c) => c.members)
      .filter((m) => m.code === 'LAO' || m.code === 'THA');
    expect(members).toEqual([
      { code: 'LAO', aliases: ['Lao PDR'] },
      { code: 'THA', aliases: [] },
    ]);
    // The data version (the cache's key), the network, the members' aliases.
    expect(queries).toHaveLength(3);
    expect(queries[1]?.params.bulky).toEqual(['aliases']);
  });

  it('finds the three blocs, members by name, with cohesion as internal weight share', async () => {
    const found = await coalitions();
    expect(memberSets(found)).toEqual([
      ['BLR', 'KAZ', 'RUS', 'UZB'],
      ['FRA', 'DEU', 'MEX', 'ESP'],
      ['LAO', 'PHL', 'THA'],
    ]);
    expect(found[0]).toMatchObject({
      id: coalitionId(['UZB', 'RUS', 'KAZ', 'BLR']),
      size: 4,
      internalWeight: 12,
      // Belarus also signed with Laos, Thailand, the Philippines and Mexico.
      externalWeight: 4,
      cohesion: 0.75,
      declarations: [
        { id: '2024-10-01-eurasian-declaration' },
        { id: '2022-05-16-eurasian-statement' },
      ],
    });
    expect(found[1]).toMatchObject({ internalWeight: 9, externalWeight: 1, cohesion: 0.9 });
    expect(found[2]?.declarations).toEqual([
      { id: '2025-07-30-human-trafficking-is-organized-crime' },
      { id: '2023-11-20-south-east-asian-statement' },
    ]);
  });

  it('is deterministic: the same data gives the same coalitions and ids', async () => {
    const first = await coalitions();
    for (let i = 0; i < 3; i++) expect(await coalitions()).toEqual(first);
  });

  it('filters by region, declarations and dates', async () => {
    expect(memberSets(await coalitions({ filter: { regions: ['asia'] } }))).toEqual([
      ['LAO', 'PHL', 'THA'],
      ['KAZ', 'UZB'],
    ]);
    const western = await coalitions({
      filter: { declarations: ['2021-07-30-western-statement', '2023-07-30-joint-statement'] },
    });
    // Mexico ties the Western statement to the joint statement it signed with Belarus.
    expect(memberSets(western)).toEqual([
      ['FRA', 'DEU', 'ESP'],
      ['BLR', 'MEX'],
    ]);
    expect(western[0]?.declarations).toEqual([{ id: '2021-07-30-western-statement' }]);
    const since2024 = await coalitions({ filter: { from: '2024-01-01', to: '2024-12-31' } });
    expect(memberSets(since2024)).toEqual([
      ['BLR', 'KAZ', 'RUS', 'UZB'],
      ['FRA', 'DEU', 'ESP'],
    ]);
  });

  it('treats hostile filter strings as values that match nothing', async () => {
    const hostile = ["') DETACH DELETE n //", '$regions', '`x`'];
    expect(await coalitions({ filter: { regions: hostile, declarations: hostile } })).toEqual([]);
    expect((await coalitions()).length).toBe(3);
  });

  it('gives smaller coalitions at a higher resolution and refuses a bad one', async () => {
    const fine = await coalitions({ resolution: 3 });
    expect(fine.length).toBeGreaterThan(3);
    const { body } = await graphqlRequest(yoga, {
      query: COALITIONS,
      variables: { resolution: 0 },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves the weighted network with coalition ids, from the cache when asked again', async () => {
    const ask = () =>
      request(`{
        coalitions { id members { code } }
        coSignatureNetwork {
          truncated totalNodes
          nodes { id kind label data }
          edges { id kind source target weight data }
        }
      }`);
    const data = await ask();
    queries.length = 0;
    expect(await ask()).toEqual(data);
    // Only the data version is read again: both fields come from the cache.
    expect(queries.map((q) => q.text)).toEqual([dataVersionCypher]);
    const network = data.coSignatureNetwork as {
      totalNodes: number;
      nodes: { id: string; kind: string; label: string; data: { coalition: string } }[];
      edges: { id: string; weight: number; data: { declarations: string[] } }[];
    };
    expect(network.totalNodes).toBe(11);
    const lao = network.nodes.find((n) => n.id === 'LAO');
    expect(lao).toMatchObject({ kind: 'State', label: 'Laos', data: { region: 'Asia' } });
    const coalitionOfLao = (data.coalitions as Coalition[]).find((c) =>
      c.members.some((m) => m.code === 'LAO'),
    );
    expect(lao?.data.coalition).toBe(coalitionOfLao?.id);
    expect(network.edges.find((e) => e.id === 'CO_SIGNED:LAO--THA')).toEqual({
      id: 'CO_SIGNED:LAO--THA',
      kind: 'CO_SIGNED',
      source: 'LAO',
      target: 'THA',
      weight: 2,
      data: {
        declarations: [
          '2025-07-30-human-trafficking-is-organized-crime',
          '2023-11-20-south-east-asian-statement',
        ],
      },
    });
  });
});
