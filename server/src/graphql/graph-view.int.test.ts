import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import type { CypherQuery } from '../db/read';
import { seedAnalystFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

const GRAPH = `query ($view: GraphViewInput!) {
  graph(view: $view) {
    truncated totalNodes
    nodes { id kind label data }
    edges { id kind source target weight data }
  }
}`;

type View = {
  truncated: boolean;
  totalNodes: number;
  nodes: { id: string; kind: string; label: string; data: Record<string, unknown> }[];
  edges: { id: string; kind: string; source: string; target: string; weight: number }[];
};

const D2025 = '2025-07-30-human-trafficking-is-organized-crime';
const A2023 = '2023-11-20-south-east-asian-statement';

describe('graph views against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const queries: CypherQuery[] = [];
  const graph = async (view: Record<string, unknown>) => {
    queries.length = 0;
    const { body } = await graphqlRequest(yoga, { query: GRAPH, variables: { view } });
    expect(body.errors).toBeUndefined();
    return (body.data as { graph: View }).graph;
  };
  const ids = (view: View) => view.nodes.map((n) => n.id);
  const edgeIds = (view: View) => view.edges.map((e) => e.id).sort();

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

  it('shows a state’s neighbourhood, with the edges among its neighbours, in three queries and the version', async () => {
    const view = await graph({ focus: ['lao'] });
    expect(ids(view)).toEqual(['LAO', A2023, D2025, 'untoc']);
    expect(view.nodes[0]).toMatchObject({ kind: 'State', label: 'Laos', data: { region: 'Asia' } });
    // Bulky list properties stay out of view data; the details panel reads them per entity.
    expect(view.nodes[0]?.data).not.toHaveProperty('aliases');
    expect(view.nodes[3]).toMatchObject({ kind: 'Instrument', label: 'UNTOC' });
    expect(edgeIds(view)).toEqual([
      `PARTY_TO:LAO->untoc`,
      `REFERENCES:${D2025}->untoc`,
      `SIGNED:LAO->${A2023}`,
      `SIGNED:LAO->${D2025}`,
    ]);
    const partyTo = view.edges.find((e) => e.kind === 'PARTY_TO');
    expect(partyTo).toMatchObject({
      source: 'LAO',
      target: 'untoc',
      weight: 1,
      data: { consentType: 'accession', source: 'src-un' },
    });
    expect(view).toMatchObject({ truncated: false, totalNodes: 4 });
    // The data version (the cache's key), then the focus, one hop, and the closing hop for
    // edges among the last nodes.
    expect(queries).toHaveLength(1 + 3);
  });

  it('goes deeper hop by hop, at depth + 2 queries', async () => {
    const view = await graph({ focus: ['LAO'], depth: 2, kinds: ['SIGNED'] });
    // Hop by hop, and within a hop in the order of the nodes it started from.
    expect(ids(view)).toEqual(['LAO', A2023, D2025, 'PHL', 'THA', 'BLR']);
    expect(queries).toHaveLength(1 + 4);
  });

  it('cuts at the node limit and says so', async () => {
    const view = await graph({ focus: ['LAO'], depth: 2, nodeLimit: 3 });
    expect(view.nodes).toHaveLength(3);
    expect(view.truncated).toBe(true);
    expect(view.totalNodes).toBeGreaterThan(3);
    const kept = new Set(ids(view));
    expect(view.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
  });

  it('caps the closing hop like any hop, though it skips links already drawn', async () => {
    await driver.executeQuery(`
      CREATE (a:Organization {id: 'cap-a', name: 'A'}), (b:Organization {id: 'cap-b', name: 'B'})
      CREATE (a)-[:COORDINATES]->(b), (b)-[:COORDINATES]->(a), (b)-[:COORDINATES]->(b)
    `);
    try {
      // b has three links to the two nodes kept, over the cap of two: the first two (to a)
      // stay, and the one to itself is cut.
      const view = await graph({ focus: ['cap-a'], kinds: ['COORDINATES'], nodeLimit: 2 });
      expect(ids(view)).toEqual(['cap-a', 'cap-b']);
      expect(edgeIds(view)).toEqual(['COORDINATES:cap-a->cap-b', 'COORDINATES:cap-b->cap-a']);
      expect(view.truncated).toBe(true);
      const roomy = await graph({ focus: ['cap-a'], kinds: ['COORDINATES'], nodeLimit: 3 });
      expect(edgeIds(roomy)).toContain('COORDINATES:cap-b->cap-b');
      expect(roomy.truncated).toBe(false);
    } finally {
      await driver.executeQuery(
        "MATCH (n:Organization) WHERE n.id STARTS WITH 'cap-' DETACH DELETE n",
      );
    }
  });

  it('follows only the relationship kinds asked for', async () => {
    const view = await graph({ focus: ['untoc'], kinds: ['PARTY_TO'] });
    expect(view.edges.every((e) => e.kind === 'PARTY_TO')).toBe(true);
    expect(view.nodes).toHaveLength(10);
  });

  it('filters declarations by date, participations by date and states by region', async () => {
    expect(ids(await graph({ focus: ['LAO'], kinds: ['SIGNED'], from: '2024-01-01' }))).toEqual([
      'LAO',
      D2025,
    ]);
    // Kazakhstan acceded in 2008 and Uzbekistan withdrew in 2020.
    const parties2005 = await graph({ focus: ['untoc'], kinds: ['PARTY_TO'], to: '2005-01-01' });
    expect(ids(parties2005)).not.toContain('KAZ');
    const since2021 = await graph({ focus: ['untoc'], kinds: ['PARTY_TO'], from: '2021-01-01' });
    expect(ids(since2021)).not.toContain('UZB');
    const europe = await graph({ focus: [D2025], kinds: ['SIGNED'], regions: ['europe'] });
    expect(ids(europe)).toEqual([D2025, 'BLR']);
  });

  it('starts from every declaration in range without focus', async () => {
    const view = await graph({ kinds: ['SIGNED'], depth: 0, from: '2024-01-01' });
    expect(ids(view)).toEqual([
      D2025,
      '2024-10-01-eurasian-declaration',
      '2024-07-30-western-declaration',
    ]);
  });

  it('draws a non-state signatory’s signature', async () => {
    const view = await graph({ focus: ['eu'], kinds: ['ORGANIZATION_SIGNED'] });
    expect(view.edges).toEqual([
      {
        id: 'ORGANIZATION_SIGNED:eu->2021-07-30-western-statement',
        kind: 'ORGANIZATION_SIGNED',
        source: 'eu',
        target: '2021-07-30-western-statement',
        weight: 1,
        data: {
          signedOn: '2021-08-02',
          source: 'src-un',
          quote: 'The European Union joined the statement',
        },
      },
    ]);
  });

  it('treats hostile focus strings as keys that match nothing', async () => {
    const view = await graph({ focus: ["x'}) DETACH DELETE n //", '$keys', '`'] });
    expect(view.nodes).toEqual([]);
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    expect(records[0]?.get('n').toNumber()).toBeGreaterThan(20);
  });

  it('rejects a bad view with BAD_USER_INPUT naming each field', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: GRAPH,
      variables: { view: { depth: 9, nodeLimit: 0, from: '2025-01-01', to: '2024-01-01' } },
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.stringMatching(/^depth: /), expect.stringMatching(/^nodeLimit: /)],
    });
  });
});
