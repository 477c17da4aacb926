import { CorpusGraphDocument } from '../../api/generated/graphql';
import { MAX_PAGE_SIZE } from '../../api/load-pages';
import type { ViewState } from '../../app/view-state';
import type { CorpusWindow } from '../corpus/load-corpus';
import { firstDay, lastDay } from '../time/year-days';
import { queryText } from './view-model';

/**
 * The declarations query of a graph view with the filters the reader set as its variables: the
 * years, the cited instrument, the limit. What the API cannot filter on (regions, one
 * declaration) is stated in a comment above it, so the exported file says what was drawn.
 * @example viewCorpusQuery(state, window)
 */
export function viewCorpusQuery(
  state: Pick<ViewState, 'from' | 'to' | 'instrument' | 'regions' | 'declaration'>,
  window: CorpusWindow,
): string {
  const filter = {
    ...(state.from !== null && { adoptedFrom: firstDay(state.from) }),
    ...(state.to !== null && { adoptedTo: lastDay(state.to) }),
    ...(state.instrument !== null && { references: state.instrument }),
  };
  const notes = [
    `# The explorer drew the newest ${window.limit} declarations that match, fetched page by page.`,
    ...(state.regions.length > 0
      ? [`# Only signatories in these regions were drawn: ${state.regions.join(', ')}.`]
      : []),
    ...(state.declaration ? [`# Only the declaration ${state.declaration} was drawn.`] : []),
  ];
  const variables = {
    first: Math.min(MAX_PAGE_SIZE, window.limit),
    after: null,
    filter: Object.keys(filter).length > 0 ? filter : null,
  };
  return `${notes.join('\n')}\n${queryText(CorpusGraphDocument, variables)}`;
}
