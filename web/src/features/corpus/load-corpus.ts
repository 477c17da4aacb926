import type { Request, RequestOptions } from '../../api/client';
import { CorpusGraphDocument, type CorpusGraphQuery } from '../../api/generated/graphql';
import { loadPages, MAX_PAGE_SIZE } from '../../api/load-pages';
import type { CorpusDeclaration, CorpusInstrument } from '../../graph/elements';
import { queryText } from '../views/view-model';
import { stateOf, type Reference } from './reference';

/** Which declarations to load: the newest `limit` adopted within the years (null: open). */
export type CorpusWindow = { limit: number; from: number | null; to: number | null };

export type Corpus = {
  declarations: CorpusDeclaration[];
  /** How many declarations the window's years hold; above `declarations.length` when cut. */
  totalCount: number;
  window: CorpusWindow;
};

type DeclarationRow = CorpusGraphQuery['declarations']['edges'][number]['node'];

/** The API's filter for the window's years, or null when they are open. */
export function windowFilter(window: CorpusWindow) {
  const filter = {
    ...(window.from !== null && { adoptedFrom: `${window.from}-01-01` }),
    ...(window.to !== null && { adoptedTo: `${window.to}-12-31` }),
  };
  return Object.keys(filter).length > 0 ? filter : null;
}

/** Joins a declaration's state codes and instrument ids to the reference lists. */
function joinWith(
  row: DeclarationRow,
  reference: Reference,
  instruments: ReadonlyMap<string, CorpusInstrument>,
): CorpusDeclaration {
  return {
    ...row,
    signatories: row.signatories.map((s) => stateOf(reference.states, s.code)),
    references: row.references.map(
      (r) => instruments.get(r.id) ?? { id: r.id, name: r.id, kind: 'OTHER' },
    ),
  };
}

/**
 * Loads the window's declarations, newest first, page by page, joined to the reference lists.
 * `totalCount` tells the caller whether the window was cut at `limit`.
 */
export async function loadCorpus(
  request: Request,
  { reference, window }: { reference: Reference; window: CorpusWindow },
  options: RequestOptions = {},
): Promise<Corpus> {
  const filter = windowFilter(window);
  const { nodes, totalCount } = await loadPages(
    async (first, after) =>
      (await request(CorpusGraphDocument, { first, after, filter }, options)).declarations,
    { max: window.limit },
  );
  const instruments = new Map(reference.instruments.map((i) => [i.id, i]));
  return {
    declarations: nodes.map((row) => joinWith(row, reference, instruments)),
    totalCount: totalCount ?? nodes.length,
    window,
  };
}

/** The first request {@link loadCorpus} sends for `window`, for the query export. */
export function corpusQuery(window: CorpusWindow): string {
  const first = Math.min(MAX_PAGE_SIZE, window.limit);
  return queryText(CorpusGraphDocument, { first, after: null, filter: windowFilter(window) });
}
