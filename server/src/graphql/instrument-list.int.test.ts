import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../db/driver';
import { seedFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

type Row = { id: string; partyCount: number; parties?: { state: { code: string } }[] };

describe('the lean instrument list and parties on demand, against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const instruments = async (query: string) => {
    const { body } = await graphqlRequest(yoga, { query });
    expect(body.errors).toBeUndefined();
    const data = body.data as { instruments: { totalCount: number; edges: { node: Row }[] } };
    return {
      totalCount: data.instruments.totalCount,
      nodes: data.instruments.edges.map((e) => e.node),
    };
  };

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await wipe(driver);
    await seedFixture(driver);
    yoga = createYoga({ driver });
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('counts each instrument’s parties without sending them', async () => {
    const { nodes } = await instruments('{ instruments { edges { node { id partyCount } } } }');
    expect(nodes).toEqual([
      { id: 'palermo-protocol', partyCount: 1 },
      { id: 'untoc', partyCount: 3 },
      { id: 'global-plan-of-action', partyCount: 0 },
    ]);
  });

  it('returns only the instruments asked for by id, with their parties', async () => {
    const { totalCount, nodes } = await instruments(`{
      instruments(filter: { ids: ["untoc", "palermo-protocol", "no-such-instrument"] }) {
        totalCount edges { node { id partyCount parties { state { code } } } }
      }
    }`);
    expect(totalCount).toBe(2);
    expect(nodes.map((n) => n.id)).toEqual(['palermo-protocol', 'untoc']);
    for (const node of nodes) expect(node.parties).toHaveLength(node.partyCount);
    expect(nodes[0]?.parties?.map((p) => p.state.code)).toEqual(['BLR']);
  });

  it('returns nothing for an empty list of ids', async () => {
    expect(
      await instruments(
        '{ instruments(filter: { ids: [] }) { totalCount edges { node { id partyCount } } } }',
      ),
    ).toEqual({
      totalCount: 0,
      nodes: [],
    });
  });
});
