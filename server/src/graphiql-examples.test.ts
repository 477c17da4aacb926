import { parse, validate } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { graphiqlTabs } from './graphiql-examples';
import { schema } from './graphql/schema';
import { createOfflineYoga } from './testing/offline-yoga';

describe('GraphiQL example tabs', () => {
  const { yoga, close } = createOfflineYoga();
  afterAll(close);

  it.each(graphiqlTabs.map((tab) => [tab.query?.split('\n')[0], tab]))(
    '%s is a valid operation against the schema',
    (_, tab) => {
      expect(validate(schema, parse(tab.query ?? ''))).toEqual([]);
    },
  );

  it('covers every analyst question', () => {
    const text = graphiqlTabs.map((tab) => tab.query).join('\n');
    for (const field of [
      'declarations(',
      'search(',
      'coSignatories(',
      'compare(',
      'statusAsOf(',
      'coalitions',
      'graph(',
      'coSignatureNetwork',
      'rollCalls(',
      'votingAffinity(',
      'votingBlocs(',
      'votingTies(',
      'voteAlignment(',
    ]) {
      expect(text).toContain(field);
    }
  });

  it('opens GraphiQL with them', async () => {
    const response = await yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('Coalitions of co-signing states');
  });
});
