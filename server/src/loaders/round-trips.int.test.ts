import { markDataChangedCypher } from '@treatygraph/schema';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import type { CypherQuery } from '../db/read';
import { seedAnalystFixture, seedFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

/** A server over the test Neo4j that records every Cypher query it sends. */
function countingYoga(driver: Driver): { yoga: TreatygraphYoga; queries: CypherQuery[] } {
  const queries: CypherQuery[] = [];
  const yoga = createYoga({
    driver,
    // Fifty declarations this deep is over the default cost limit; round trips are the point.
    limits: { cost: 1_000_000 },
    wrapRead: (read) => (query) => {
      queries.push(query);
      return read(query);
    },
  });
  return { yoga, queries };
}

// Every level of nesting crosses one relationship: page, signatories, their participations,
// the instruments' citing declarations, the references, and those instruments' parties.
const NESTED = `{
  declarations(first: 50) {
    totalCount
    edges { node {
      id signatoryCount
      signatories { code partyTo { consentType instrument { id referencedBy { id } } } }
      references { id parties { state { name } } }
    } }
  }
}`;
const EXPECTED_ROUND_TRIPS = 6;

describe('round trips of a deeply nested query', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  let queries: CypherQuery[] = [];

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await seedFixture(driver);
    ({ yoga, queries } = countingYoga(driver));
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  const run = async () => {
    queries.length = 0;
    const { body } = await graphqlRequest(yoga, { query: NESTED });
    expect(body.errors).toBeUndefined();
    return body.data as { declarations: { totalCount: number } };
  };

  it('costs one round trip per relationship crossed', async () => {
    await run();
    expect(queries).toHaveLength(EXPECTED_ROUND_TRIPS);
  });

  it('costs the same with ten times the declarations and signatures', async () => {
    await driver.executeQuery(`
      MATCH (s:State)
      WITH collect(s) AS states
      UNWIND range(1, 30) AS i
      CREATE (d:Declaration {id: '2024-01-' + right('0' + toString(i % 28 + 1), 2) + '-extra-' + i,
        title: 'Extra ' + i, adoptedOn: '2024-01-' + right('0' + toString(i % 28 + 1), 2)})
      WITH d, states
      UNWIND states AS s
      CREATE (s)-[:SIGNED]->(d)
      WITH DISTINCT d
      MATCH (u:Instrument {id: 'untoc'})
      CREATE (d)-[:REFERENCES]->(u)
    `);
    const data = await run();
    expect(data.declarations.totalCount).toBe(33);
    expect(queries).toHaveLength(EXPECTED_ROUND_TRIPS);
  });
});

// The analyst fields nested as deep as the limits allow: coalitions (one query for the network),
// their members' participations and those instruments' status tables, their declarations'
// non-state signatures, what those organizations signed, and what the declarations cite.
const ANALYST_NESTED = `{
  coalitions {
    id cohesion
    members { code partyTo { instrument { id statusAsOf(date: "2020-01-01") { status state { code } } } } }
    declarations {
      id
      nonStateSignatures { signedOn organization { id signed { id } } }
      references { id }
    }
  }
}`;
// Plus one read of the data version, which keys the coalitions' cache; `statusAsOf` reads its
// instruments' PARTY_TO and COVERS rows in two batches, whatever their number.
const ANALYST_ROUND_TRIPS = 1 + 7;

describe('round trips of a deeply nested query over the analyst fields', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  let queries: CypherQuery[] = [];

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await seedAnalystFixture(driver);
    ({ yoga, queries } = countingYoga(driver));
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  const run = async () => {
    queries.length = 0;
    const { body } = await graphqlRequest(yoga, { query: ANALYST_NESTED });
    expect(body.errors).toBeUndefined();
    return body.data as { coalitions: { declarations: unknown[] }[] };
  };

  it('costs one round trip per level, whatever crosses it', async () => {
    const data = await run();
    expect(data.coalitions.length).toBeGreaterThan(1);
    expect(queries).toHaveLength(ANALYST_ROUND_TRIPS);
  });

  it('costs the same with ten times the declarations, signatures and participations', async () => {
    await driver.executeQuery(`
      MATCH (s:State)
      WITH collect(s) AS states
      UNWIND range(1, 40) AS i
      CREATE (d:Declaration {id: '2024-02-' + right('0' + toString(i % 28 + 1), 2) + '-more-' + i,
        title: 'More ' + i, adoptedOn: '2024-02-' + right('0' + toString(i % 28 + 1), 2)})
      WITH d, states, i
      UNWIND states AS s
      WITH d, s, i WHERE (i + size(s.name)) % 3 <> 0 OR s.code IN ['LAO', 'FRA']
      CREATE (s)-[:SIGNED]->(d)
      WITH DISTINCT d
      MATCH (eu:Organization {id: 'eu'}), (u:Instrument {id: 'untoc'})
      CREATE (eu)-[:ORGANIZATION_SIGNED]->(d), (d)-[:REFERENCES]->(u)
    `);
    // As every import does, so that the coalitions are computed again.
    await driver.executeQuery(markDataChangedCypher);
    const data = await run();
    const declarations = data.coalitions.reduce((n, c) => n + c.declarations.length, 0);
    expect(declarations).toBeGreaterThan(40);
    expect(queries).toHaveLength(ANALYST_ROUND_TRIPS);
  });

  it('reads a declaration or a state with what is nested under it in one round trip', async () => {
    const ask = async (query: string, variables: Record<string, unknown> = {}) => {
      queries.length = 0;
      const { body } = await graphqlRequest(yoga, { query, variables });
      expect(body.errors).toBeUndefined();
      return { data: body.data as Record<string, unknown>, trips: queries.length };
    };
    const declaration = await ask(`{
      declaration(id: "2023-11-20-south-east-asian-statement") {
        title signatoryCount signatories { code } signatures { state { code } }
      }
    }`);
    expect(declaration.trips).toBe(1);
    expect(declaration.data.declaration).toMatchObject({ signatoryCount: 3 });
    expect(
      (await ask('{ declaration(id: "no-such-declaration") { signatories { code } } }')).data,
    ).toEqual({ declaration: null });

    const nested = `query ($first: Int) {
      state(code: "lao") { name aliases coSignatories(first: $first) { sharedCount state { code } } }
    }`;
    const state = await ask(nested, { first: 2 });
    expect(state.trips).toBe(1);
    const twice = await ask(`{
      state(code: "LAO") {
        name
        top: coSignatories(first: 2) { sharedCount state { code } }
        all: coSignatories { sharedCount state { code } }
      }
    }`);
    // Two different lists are not guessed at: the state, then one query for each.
    expect(twice.trips).toBe(3);
    expect((twice.data.state as { top: unknown }).top).toEqual(
      (state.data.state as { coSignatories: unknown }).coSignatories,
    );
    expect((state.data.state as { aliases: string[] }).aliases.length).toBeGreaterThan(0);
  });

  it('pins a graph view at depth + 2 round trips, after reading the data version', async () => {
    for (const depth of [1, 3]) {
      queries.length = 0;
      const { body } = await graphqlRequest(yoga, {
        query: `{ graph(view: { focus: ["LAO"], depth: ${depth} }) { totalNodes nodes { id } } }`,
      });
      expect(body.errors).toBeUndefined();
      expect(queries).toHaveLength(1 + depth + 2);
    }
  });
});
