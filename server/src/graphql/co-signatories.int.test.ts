import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import type { CypherQuery } from '../db/read';
import { seedFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

describe('State.coSignatories against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const queries: CypherQuery[] = [];
  const query = async (q: string) => {
    const { body } = await graphqlRequest(yoga, { query: q });
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await seedFixture(driver);
    // Thailand also signs the 2023 statement, so it shares two declarations with Belarus.
    await driver.executeQuery(
      "MATCH (t:State {code: 'THA'}), (d:Declaration {id: '2023-07-30-joint-statement'}) " +
        'CREATE (t)-[:SIGNED]->(d)',
    );
    yoga = createYoga({
      driver,
      wrapRead: (read) => (q) => {
        queries.push(q);
        return read(q);
      },
    });
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('lists the strongest first, ties by name, with the shared declarations', async () => {
    const data = await query(`{
      state(code: "BLR") { coSignatories { state { code } sharedCount shared { id } } }
    }`);
    expect(data).toEqual({
      state: {
        coSignatories: [
          {
            state: { code: 'THA' },
            sharedCount: 2,
            shared: [
              { id: '2025-07-30-human-trafficking-is-organized-crime' },
              { id: '2023-07-30-joint-statement' },
            ],
          },
          ...['LAO', 'MEX', 'PHL'].map((code) => ({
            state: { code },
            sharedCount: 1,
            shared: [
              {
                id:
                  code === 'MEX'
                    ? '2023-07-30-joint-statement'
                    : '2025-07-30-human-trafficking-is-organized-crime',
              },
            ],
          })),
        ],
      },
    });
  });

  it('honours and bounds first', async () => {
    const data = await query(`{
      blr: state(code: "BLR") { coSignatories(first: 1) { state { code } } }
    }`);
    expect(data).toEqual({ blr: { coSignatories: [{ state: { code: 'THA' } }] } });
    const { body } = await graphqlRequest(yoga, {
      query: '{ state(code: "BLR") { coSignatories(first: 51) { sharedCount } } }',
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads shared declarations only when selected', async () => {
    queries.length = 0;
    const data = await query(`{
      state(code: "BLR") { coSignatories(first: 1) { sharedCount state { code aliases } } }
    }`);
    expect(data).toEqual({
      state: { coSignatories: [{ sharedCount: 2, state: { code: 'THA', aliases: [] } }] },
    });
    const reads = queries.filter((q) => q.text.includes('sharedCount'));
    expect(reads).toHaveLength(1);
    expect(reads[0]?.text).not.toContain('properties(d)');
  });

  it('costs one query for a whole list of states', async () => {
    await query('{ states { edges { node { code } } } }');
    queries.length = 0;
    const data = (await query(`{
      states { edges { node { code coSignatories { sharedCount } } } }
    }`)) as { states: { edges: { node: { code: string; coSignatories: unknown[] } }[] } };
    expect(data.states.edges).toHaveLength(5);
    // The page, then one batch for every state's co-signatories.
    expect(queries).toHaveLength(2);
  });
});
