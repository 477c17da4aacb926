import { describe, expect, it } from 'vitest';
import { graphqlRequest } from '../testing/graphql-request';
import { createOfflineYoga } from '../testing/offline-yoga';
import type { TreatygraphYoga } from '../yoga';

describe('introspection switch', () => {
  it('answers __schema by default', async () => {
    const { yoga, close } = createOfflineYoga();
    const { body } = await graphqlRequest(yoga, { query: '{ __schema { queryType { name } } }' });
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    await close();
  });

  it('refuses __schema and __type when off, keeps __typename, suggests no names', async () => {
    const { yoga, close } = createOfflineYoga({ introspection: false });
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "State") { name } }']) {
      const { body } = await graphqlRequest(yoga, { query });
      // One error per introspection field selected, each with the code.
      const codes = new Set(body.errors?.map((e) => e.extensions?.code));
      expect([...codes]).toEqual(['INTROSPECTION_DISABLED']);
    }
    expect((await graphqlRequest(yoga, { query: '{ __typename }' })).body).toEqual({
      data: { __typename: 'Query' },
    });
    const guess = await graphqlRequest(yoga, { query: '{ stat(code: "LAO") { name } }' });
    expect(guess.body.errors?.[0]?.message).toBe('Cannot query field "stat" on type "Query".');
    await close();
  });

  it('serves GraphiQL on GET /graphql unless switched off', async () => {
    const page = (yoga: TreatygraphYoga) =>
      yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    const on = createOfflineYoga();
    expect(await (await page(on.yoga)).text()).toContain('GraphiQL');
    await on.close();
    const off = createOfflineYoga({ graphiql: false });
    expect(await (await page(off.yoga)).text()).not.toContain('GraphiQL');
    await off.close();
  });
});
