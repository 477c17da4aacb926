import { rollCallIssues } from '@treatygraph/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from '../../testing/graphql-request';
import { createOfflineYoga } from '../../testing/offline-yoga';

describe('rollCallIssues', () => {
  const { yoga, close } = createOfflineYoga();
  afterAll(close);

  it('lists the model’s topic codes with their names, without reading the graph', async () => {
    const { body } = await graphqlRequest(yoga, { query: '{ rollCallIssues { code name } }' });
    expect(body.errors).toBeUndefined();
    const { rollCallIssues: listed } = body.data as {
      rollCallIssues: { code: string; name: string }[];
    };
    expect(listed).toEqual(Object.entries(rollCallIssues).map(([code, name]) => ({ code, name })));
    expect(listed).toContainEqual({ code: 'hr', name: 'Human rights' });
  });
});
