import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import type { CypherQuery } from '../db/read';
import { seedFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

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
  const queries: CypherQuery[] = [];

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await seedFixture(driver);
    yoga = createYoga({
      driver,
      // Fifty declarations this deep is over the default cost limit; round trips are the point.
      limits: { cost: 1_000_000 },
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
