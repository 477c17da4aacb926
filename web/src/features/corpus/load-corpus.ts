import type { Request, RequestOptions } from '../../api/client';
import { CorpusGraphDocument, type CorpusGraphQuery } from '../../api/generated/graphql';
import { loadPages } from '../../api/load-pages';
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

/**
 * Loads the window's declarations, newest first, page by page. It needs nothing else, so it
 * runs side by side with the states they are joined to (see {@link joinCorpus}).
 */
export async function loadCorpusRows(
  request: Request,
  window: CorpusWindow,
  options: RequestOptions = {},
): Promise<CorpusRows> {
  const filter = windowFilter(window);
  const { nodes, totalCount } = await loadPages(
    async (first, after) =>
      (await request(CorpusGraphDocument, { first, after, filter }, options)).declarations,
    { max: window.limit },
  );
  return { declarations: nodes, totalCount: totalCount ?? nodes.length, window };
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
