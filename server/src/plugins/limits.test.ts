import { afterAll, describe, expect, it } from 'vitest';
import type { ReadFn } from '../db/read';
import { createOfflineYoga } from '../testing/offline-yoga';
import { graphqlRequest } from '../testing/graphql-request';

// An empty graph: every page is empty, every lookup misses.
const emptyRead = (async (query) =>
  query.text.includes('totalCount') ? [{ totalCount: 0, nodes: [] }] : []) as ReadFn;

describe('document and cost limits', () => {
  const { yoga, close } = createOfflineYoga({
    read: emptyRead,
    limits: { depth: 6, aliases: 3, directives: 2, tokens: 200, cost: 500 },
  });
  afterAll(close);

  const codes = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await graphqlRequest(yoga, { query, variables });
    return body.errors?.map((e) => e.extensions?.code) ?? [];
  };

  it('passes an ordinary query', async () => {
    expect(await codes('{ states(first: 5) { totalCount edges { node { code } } } }')).toEqual([]);
  });

  it('rejects nesting deeper than the limit with DEPTH_LIMIT', async () => {
    const deep =
      '{ declarations(first: 1) { edges { node { signatories { partyTo { instrument { referencedBy { id } } } } } } } }';
    expect(await codes(deep)).toEqual(['DEPTH_LIMIT']);
  });

  it('rejects too many aliases with ALIAS_LIMIT', async () => {
    expect(
      await codes(
        '{ a: state(code: "A") { code } b: state(code: "B") { code } c: state(code: "C") { code } d: state(code: "D") { code } }',
      ),
    ).toEqual(['ALIAS_LIMIT']);
  });

  it('rejects too many directives with DIRECTIVE_LIMIT', async () => {
    expect(
      await codes(
        '{ state(code: "A") @include(if: true) @include(if: true) @include(if: true) { code } }',
      ),
    ).toContain('DIRECTIVE_LIMIT');
  });

  it('rejects an oversized document with TOKEN_LIMIT', async () => {
    const fields = Array.from({ length: 250 }, () => 'code').join(' ');
    expect(await codes(`{ state(code: "A") { ${fields} } }`)).toEqual(['TOKEN_LIMIT']);
  });

  it('weighs page sizes from variables, per request, with COST_LIMIT', async () => {
    const query =
      'query($n: Int) { declarations(first: $n) { edges { node { signatories { code name } } } } }';
    // The same document passes, fails and passes again: the verdict is remembered per
    // document and variables, never per document alone.
    expect(await codes(query, { n: 2 })).toEqual([]);
    expect(await codes(query, { n: 100 })).toEqual(['COST_LIMIT']);
    expect(await codes(query, { n: 2 })).toEqual([]);
    expect(await codes(query, { n: 100 })).toEqual(['COST_LIMIT']);
  });
});
