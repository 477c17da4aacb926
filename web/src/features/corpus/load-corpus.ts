import type { Request, RequestOptions } from '../../api/client';
import {
  CorpusGraphDocument,
  CorpusSummaryDocument,
  type CorpusGraphQuery,
} from '../../api/generated/graphql';
import { loadPages, MAX_PAGE_SIZE } from '../../api/load-pages';
import { loadSlices } from '../../api/load-slices';
import type { CorpusDeclaration } from '../../graph/elements';
import type { InstrumentOption } from '../views/default-picks';
import { stateOf, type Reference } from './reference';
import { firstDay, lastDay } from '../time/year-days';

/** Which declarations to load: the newest `limit` adopted within the years (null: open). */
export type CorpusWindow = { limit: number; from: number | null; to: number | null };

/** A window's declarations as the API sends them: states and instruments by key only. */
export type CorpusRows = {
  declarations: CorpusGraphQuery['declarations']['edges'][number]['node'][];
  /** How many declarations the window's years hold; above `declarations.length` when cut. */
  totalCount: number;
  window: CorpusWindow;
};

/** A window's declarations with the instruments they cite (and those these supplement). */
export type CitingRows = CorpusRows & { instruments: InstrumentOption[] };

/** A window's declarations joined to whole states and instruments, as the views draw them. */
export type Corpus = Omit<CitingRows, 'declarations'> & { declarations: CorpusDeclaration[] };

/** The API's filter for the window's years, or null when they are open. */
export function windowFilter(window: CorpusWindow) {
  const filter = {
    ...(window.from !== null && { adoptedFrom: firstDay(window.from) }),
    ...(window.to !== null && { adoptedTo: lastDay(window.to) }),
  };
  return Object.keys(filter).length > 0 ? filter : null;
}

/** Requests in flight at once for a window's pages: the server, not the network, sets the pace. */
const CONCURRENCY = 3;

/** The years a window spans, newest first, bounded by the corpus's when it leaves them open. */
export function windowYears(
  window: CorpusWindow,
  corpus: { earliestAdoption: string | null; latestAdoption: string | null },
): number[] {
  const year = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);
  const to = window.to ?? year(corpus.latestAdoption);
  const from = window.from ?? year(corpus.earliestAdoption);
  if (to === null || from === null) return [];
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i);
}

/**
 * Loads the window's declarations, newest first. It needs nothing else, so it runs side by side
 * with the states they are joined to (see {@link joinCorpus}). Beyond a page, the years load
 * side by side, each page by page (a cursor names the page before, so one list's pages can only
 * follow each other): a 5,000-node view took 49 pages one after another. Should the years not
 * hold the window's declarations (undated ones sort last and fall in no year), the window
 * loads page after page.
 */
export async function loadCorpusRows(
  request: Request,
  window: CorpusWindow,
  options: RequestOptions = {},
): Promise<CorpusRows> {
  const filter = windowFilter(window);
  const fetchPage = async (first: number, after: string | null, range = filter) =>
    (await request(CorpusGraphDocument, { first, after, filter: range }, options)).declarations;
  const [newest, summary] = await Promise.all([
    fetchPage(Math.min(MAX_PAGE_SIZE, window.limit), null),
    request(CorpusSummaryDocument, {}, options),
  ]);
  const totalCount = newest.totalCount;
  const wanted = Math.min(window.limit, totalCount);
  if (newest.edges.length >= wanted) {
    return { declarations: newest.edges.map((edge) => edge.node), totalCount, window };
  }
  const years = windowYears(window, summary.corpusSummary);
  const byYear = await loadSlices(
    years,
    (year, first, after) =>
      fetchPage(first, after, { adoptedFrom: firstDay(year), adoptedTo: lastDay(year) }),
    { max: window.limit, concurrency: CONCURRENCY },
  );
  if (byYear.length === wanted) return { declarations: byYear, totalCount, window };
  const { nodes } = await loadPages(fetchPage, { max: window.limit });
  return { declarations: nodes, totalCount, window };
}

/** Joins each declaration's state codes and instrument ids to the states and cited instruments. */
export function joinCorpus(rows: CitingRows, states: Reference['states']): Corpus {
  const instruments = new Map(rows.instruments.map((i) => [i.id, i]));
  return {
    ...rows,
    declarations: rows.declarations.map((row): CorpusDeclaration => ({
      ...row,
      signatories: row.signatories.map((s) => stateOf(states, s.code)),
      references: row.references.map(
        (r) => instruments.get(r.id) ?? { id: r.id, name: r.id, kind: 'OTHER' },
      ),
    })),
  };
}
