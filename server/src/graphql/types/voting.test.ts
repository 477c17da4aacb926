import { afterAll, describe, expect, it } from 'vitest';
import type { ReadFn } from '../../db/read';
import { graphqlRequest } from '../../testing/graphql-request';
import { createOfflineYoga } from '../../testing/offline-yoga';

describe('votingTies arguments', () => {
  const { yoga, close } = createOfflineYoga({ read: (async () => []) as ReadFn });
  afterAll(close);

  const error = async (args: string) => {
    const { body } = await graphqlRequest(yoga, {
      query: `{ votingTies(${args}) { agreement } }`,
    });
    return body.errors?.[0];
  };

  it('refuses an agreement outside 0 to 1 and a neighbour count outside 1 to 50, naming the argument', async () => {
    expect(await error('minAgreement: 1.5')).toMatchObject({
      message: 'minAgreement must be from 0 to 1.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await error('minAgreement: 0.85, neighbours: 0')).toMatchObject({
      message: 'neighbours must be from 1 to 50.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers an empty list when no votes are held', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: '{ votingTies(minAgreement: 0.85, neighbours: 50) { agreement } }',
    });
    expect(body).toEqual({ data: { votingTies: [] } });
  });
});
