import type { Request, RequestOptions } from '../../api/client';
import { CorpusGraphDocument, type CorpusGraphQuery } from '../../api/generated/graphql';
import type { CorpusDeclaration } from '../../graph/elements';

/** Declarations per request: small enough for the server's cost limit. */
export const CORPUS_PAGE_SIZE = 50;
/** fcose stays interactive below ~500 nodes; past this many declarations the view needs paging. */
export const CORPUS_MAX_DECLARATIONS = 200;

export type Corpus = { declarations: CorpusDeclaration[]; totalCount: number };

/**
 * Fetches declarations page by page until the last page or {@link CORPUS_MAX_DECLARATIONS}.
 * `totalCount` tells the caller whether the corpus was cut.
 */
export async function loadCorpus(request: Request, options: RequestOptions = {}): Promise<Corpus> {
  const declarations: CorpusDeclaration[] = [];
  let after: string | null = null;
  for (;;) {
    const first = Math.min(CORPUS_PAGE_SIZE, CORPUS_MAX_DECLARATIONS - declarations.length);
    const page: CorpusGraphQuery['declarations'] = (
      await request(CorpusGraphDocument, { first, after }, options)
    ).declarations;
    declarations.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.endCursor;
    const done = !page.pageInfo.hasNextPage || after === null || page.edges.length === 0;
    if (done || declarations.length >= CORPUS_MAX_DECLARATIONS) {
      return { declarations, totalCount: page.totalCount };
    }
  }
}
