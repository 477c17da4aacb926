import type { AffinityByYearQueryVariables } from '../../api/generated/graphql';
import type { ViewState } from '../../app/view-state';
import type { GraphIndex } from '../../graph/graph-index';

/** Two states whose agreement over time the Votes view charts. */
export type AffinityPair = { code: string; with: string };

/** Whom a state is measured with when the URL names no one: the United States, or for it Russia. */
export const defaultVersus = (code: string): string => (code === 'USA' ? 'RUS' : 'USA');

/**
 * The pair the chart shows: a selected tie's two states, or a selected state and the `versus`
 * state (by default {@link defaultVersus}); null when no state or tie is selected.
 * @example affinityPair({ selected: 'FRA', versus: null }, graph) // { code: 'FRA', with: 'USA' }
 */
export function affinityPair(
  state: Pick<ViewState, 'selected' | 'versus'>,
  graph: GraphIndex,
): AffinityPair | null {
  const { selected, versus } = state;
  if (!selected) return null;
  const edge = graph.edge(selected);
  if (edge?.kind === 'VOTED_WITH') return { code: edge.source, with: edge.target };
  if (graph.node(selected)?.kind !== 'State') return null;
  const other = versus && versus !== selected ? versus : defaultVersus(selected);
  return { code: selected, with: other };
}

/** The chart's query variables: every year, on the view's topic. */
export function pairVariables(
  pair: AffinityPair,
  issue: string | null,
): AffinityByYearQueryVariables {
  return { code: pair.code, with: pair.with, ...(issue && { issue }) };
}
