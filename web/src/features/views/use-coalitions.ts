import { request } from '../../api/client';
import {
  CoalitionsDocument,
  type CoalitionsQuery,
  type CoalitionFilter,
} from '../../api/generated/graphql';
import { useLoad, type LoadState } from '../../api/use-load';
import type { Membership } from '../../graph/coalition-colouring';
import type { CorpusDeclaration } from '../../graph/elements';
import type { ViewState } from '../../app/view-state';
import { firstDay, lastDay } from '../time/year-days';

export type Coalitions = {
  list: CoalitionsQuery['coalitions'];
  /** Each member state's coalition rank, largest coalition first. */
  membership: Membership;
  filter: CoalitionFilter;
};

/**
 * The filter that makes the API's coalitions match what a view draws: the same declarations
 * (when a declaration or instrument filter narrows them), regions and years.
 * @example coalitionFilter(state, filterDeclarations(corpus, state))
 */
export function coalitionFilter(
  state: Pick<ViewState, 'regions' | 'declaration' | 'instrument' | 'from' | 'to'>,
  shown: readonly CorpusDeclaration[],
): CoalitionFilter {
  const filter: CoalitionFilter = {};
  if (state.declaration || state.instrument) filter.declarations = shown.map((d) => d.id);
  if (state.regions.length > 0) filter.regions = [...state.regions];
  if (state.from !== null) filter.from = firstDay(state.from);
  if (state.to !== null) filter.to = lastDay(state.to);
  return filter;
}

/** Detected coalitions for `filter`; null asks for nothing. */
export function useCoalitions(filter: CoalitionFilter | null): LoadState<Coalitions> {
  const [load] = useLoad(filter && `coalitions:${JSON.stringify(filter)}`, async (signal) => {
    const variables = { filter: filter ?? {} };
    const { coalitions } = await request(CoalitionsDocument, variables, { signal });
    const membership = new Map(
      coalitions.flatMap((coalition, rank) =>
        coalition.members.map((m) => [m.code, rank] as const),
      ),
    );
    return { list: coalitions, membership, filter: variables.filter };
  });
  return load;
}
