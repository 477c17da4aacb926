import { describe, expect, it } from 'vitest';
import type { Request } from '../../api/client';
import type { CorpusGraphQuery } from '../../api/generated/graphql';
import type { CorpusDeclaration } from '../../graph/elements';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { CORPUS_MAX_DECLARATIONS, loadCorpus } from './load-corpus';

/** A fake server holding `total` declarations, paging by opaque cursor like the API. */
function fakeServer(total: number) {
  const all: CorpusDeclaration[] = Array.from({ length: total }, (_, i) => ({
    ...traffickingStatement,
    id: `decl-${i}`,
  }));
  const asked: { first: number; after: string | null | undefined }[] = [];
  const request = (async (
    _document: unknown,
    variables: { first: number; after?: string | null },
  ) => {
    asked.push({ first: variables.first, after: variables.after });
    const start = variables.after ? Number(variables.after.replace('cursor-', '')) + 1 : 0;
    const slice = all.slice(start, start + variables.first);
    const result: CorpusGraphQuery = {
      declarations: {
        totalCount: total,
        pageInfo: {
          hasNextPage: start + slice.length < total,
          endCursor: slice.length ? `cursor-${start + slice.length - 1}` : null,
        },
        edges: slice.map((node, i) => ({ node: { ...node }, cursor: `cursor-${start + i}` })),
      },
    };
    return result;
  }) as Request;
  return { request, asked };
}

describe('loadCorpus', () => {
  it('follows pages to the end', async () => {
    const { request, asked } = fakeServer(120);
    const corpus = await loadCorpus(request);
    expect(corpus.totalCount).toBe(120);
    expect(corpus.declarations.map((d) => d.id)).toEqual(
      Array.from({ length: 120 }, (_, i) => `decl-${i}`),
    );
    expect(asked).toEqual([
      { first: 50, after: null },
      { first: 50, after: 'cursor-49' },
      { first: 50, after: 'cursor-99' },
    ]);
  });

  it('stops at the cap and reports the full count', async () => {
    const { request } = fakeServer(CORPUS_MAX_DECLARATIONS + 30);
    const corpus = await loadCorpus(request);
    expect(corpus.declarations).toHaveLength(CORPUS_MAX_DECLARATIONS);
    expect(corpus.totalCount).toBe(CORPUS_MAX_DECLARATIONS + 30);
  });

  it('returns an empty corpus from an empty graph in one request', async () => {
    const { request, asked } = fakeServer(0);
    expect(await loadCorpus(request)).toEqual({ declarations: [], totalCount: 0 });
    expect(asked).toHaveLength(1);
  });
});
