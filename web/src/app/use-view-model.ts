import { useMemo } from 'react';
import { CoalitionsDocument } from '../api/generated/graphql';
import type { LoadState } from '../api/use-load';
import type { Corpus } from '../features/corpus/load-corpus';
import { drawnInstrumentIds } from '../features/corpus/instrument-parties';
import type { Reference } from '../features/corpus/reference';
import { useInstrumentParties } from '../features/corpus/use-instrument-parties';
import { compareSide } from '../features/views/compare-side';
import { defaultPicks, type InstrumentOption } from '../features/views/default-picks';
import { buildCoalitionsView, buildSignatoriesView } from '../features/views/signatories-view';
import { statusDate } from '../features/views/status-date';
import { coalitionFilter, useCoalitions, type Coalitions } from '../features/views/use-coalitions';
import { useCompareView, type CompareView } from '../features/views/use-compare-view';
import { useStatusColouring, type StatusColouring } from '../features/views/use-status-colouring';
import { useStatusView, type StatusView } from '../features/views/use-status-view';
import { useTreatyView, type TreatyView } from '../features/views/use-treaty-view';
import { useVotesView, type VotesView } from '../features/views/use-votes-view';
import { queryText, type ViewModel } from '../features/views/view-model';
import { filterDeclarations } from '../graph/filter-declarations';
import type { ColorKey, ViewState } from './view-state';

/** What the current view shows, by kind, so panels can read each kind's extras. */
export type ShownView =
  | { kind: 'graph'; model: ViewModel }
  | { kind: 'status'; model: StatusView }
  | { kind: 'treaty'; model: TreatyView }
  | { kind: 'compare'; model: CompareView }
  | { kind: 'votes'; model: VotesView };

export type ViewData = {
  shown: LoadState<ShownView>;
  retry: () => void;
  coalitions: LoadState<Coalitions>;
  /** The colouring in effect: the user's choice or the view's own. */
  colorBy: ColorKey;
  /** The date Treaty status and Compare count parties on. */
  date: string;
  /** The standings a graph view is coloured by, when coloured by treaty status. */
  statusColouring: StatusColouring | null;
  defaults: ReturnType<typeof defaultPicks>;
  /** Every operation behind the view, with its variables, for the query export. */
  query: string;
};

const loading = { status: 'loading' } as const;

/**
 * Loads and builds the current view from the URL state: the graph views from the corpus (and
 * the detected coalitions, when coloured by them), Treaty status, Treaty parties and Compare from
 * their queries.
 */
export function useViewModel(
  state: ViewState,
  loaded: { corpus: Corpus; refining: boolean },
  reference: Pick<Reference, 'states' | 'issues'> & {
    instruments: readonly InstrumentOption[];
    /** Whether `instruments` is the whole list yet, not only those the declarations cite. */
    instrumentsComplete: boolean;
  },
): ViewData {
  const { instruments } = reference;
  const { corpus, refining } = loaded;
  const { view, regions, declaration, instrument, from, to } = state;
  const defaults = useMemo(
    () => defaultPicks(corpus.declarations, instruments),
    [corpus, instruments],
  );
  const date = statusDate(state);
  const graphView = view === 'signatories' || view === 'coalitions' || view === 'map';
  const colorBy = state.colorBy ?? (view === 'signatories' ? 'region' : 'coalition');

  const shownDeclarations = useMemo(
    () => filterDeclarations(corpus.declarations, { regions, declaration, instrument, from, to }),
    [corpus, regions, declaration, instrument, from, to],
  );
  const wantsCoalitions = graphView && (view !== 'signatories' || colorBy === 'coalition');
  const filter = useMemo(
    () => coalitionFilter({ regions, declaration, instrument, from, to }, shownDeclarations),
    [regions, declaration, instrument, from, to, shownDeclarations],
  );
  const coalitions = useCoalitions(wantsCoalitions ? filter : null);
  const membership = coalitions.status === 'success' ? coalitions.data.membership : null;
  const stateCodes = useMemo(() => [...reference.states.keys()], [reference.states]);
  const [statusLoad, retryStatusColouring] = useStatusColouring({
    instrument: graphView && colorBy === 'status' ? (state.statusOf ?? defaults.instrument) : null,
    date,
    states: stateCodes,
  });
  const statusColouring = statusLoad.status === 'success' ? statusLoad.data : null;
  // Signatories draws the cited instruments' parties: only theirs are loaded, and only for it.
  const partyIds = useMemo(
    () => (graphView && view === 'signatories' ? drawnInstrumentIds(corpus.declarations) : null),
    [graphView, view, corpus],
  );
  const [partiesLoad, retryParties] = useInstrumentParties(partyIds, reference.states);
  const parties = partiesLoad.status === 'success' ? partiesLoad.data : null;
  // Wait for coalitions or statuses before drawing a view coloured by them: a late recolour would
  // re-run the layout. Nor draw the wider set cut to the years while the years' own set loads.
  const waiting =
    refining ||
    (colorBy === 'coalition' && wantsCoalitions && coalitions.status === 'loading') ||
    statusLoad.status === 'loading' ||
    partiesLoad.status === 'loading';

  const graphModel = useMemo((): ViewModel | null => {
    if (!graphView || waiting) return null;
    const input = {
      all: corpus.declarations,
      declarations: shownDeclarations,
      state,
      colorBy,
      membership,
      status: statusColouring,
      instruments: parties ?? [],
      date,
      window: corpus.window,
    };
    return view === 'signatories' ? buildSignatoriesView(input) : buildCoalitionsView(input);
    // Only what the builders read: a new selection must not rebuild (and re-lay out) the graph.
  }, [
    graphView,
    waiting,
    shownDeclarations,
    view,
    colorBy,
    membership,
    statusColouring,
    state.expand,
    parties,
    date,
  ]);

  const [status, retryStatus] = useStatusView({
    declaration:
      view === 'status'
        ? corpus.declarations.find((d) => d.id === (declaration ?? defaults.declaration))
        : undefined,
    instrument: instrument ?? defaults.instrument,
    date,
  });
  const [treaty, retryTreaty] = useTreatyView({
    instrument: view === 'treaty' ? (instrument ?? defaults.instrument) : null,
    date,
  });
  const lists = { declarations: corpus.declarations, instruments };
  const sides = {
    a: view === 'compare' ? compareSide(state.a ?? defaults.declaration, lists) : undefined,
    b: view === 'compare' ? compareSide(state.b ?? defaults.instrument, lists) : undefined,
  };
  // A side not found among the cited instruments may be in the whole list, still loading.
  const sidePending = (!sides.a || !sides.b) && !reference.instrumentsComplete;
  const [compare, retryCompare] = useCompareView({
    ...(sidePending ? { a: undefined, b: undefined } : sides),
    asOf: date,
  });

  const [votes, retryVotes] = useVotesView({
    active: view === 'votes',
    years: { from, to },
    issue: state.issue,
    declaration: declaration ? corpus.declarations.find((d) => d.id === declaration) : undefined,
    states: reference.states,
    issues: reference.issues,
  });

  const shown = useMemo((): LoadState<ShownView> => {
    if (graphView && statusLoad.status === 'error') return statusLoad;
    if (graphView && partiesLoad.status === 'error') return partiesLoad;
    if (graphView)
      return graphModel
        ? { status: 'success', data: { kind: 'graph', model: graphModel } }
        : loading;
    if (view === 'status') {
      return status.status === 'success'
        ? { status: 'success', data: { kind: 'status', model: status.data } }
        : status;
    }
    if (view === 'treaty') {
      return treaty.status === 'success'
        ? { status: 'success', data: { kind: 'treaty', model: treaty.data } }
        : treaty;
    }
    if (view === 'votes') {
      return votes.status === 'success'
        ? { status: 'success', data: { kind: 'votes', model: votes.data } }
        : votes;
    }
    if (sidePending) return loading;
    return compare.status === 'success'
      ? { status: 'success', data: { kind: 'compare', model: compare.data } }
      : compare;
  }, [
    graphView,
    graphModel,
    view,
    status,
    treaty,
    compare,
    votes,
    statusLoad,
    partiesLoad,
    sidePending,
  ]);

  const model = shown.status === 'success' ? shown.data.model : null;
  const coalitionsQuery =
    wantsCoalitions && coalitions.status === 'success'
      ? `\n${queryText(CoalitionsDocument, { filter: coalitions.data.filter })}`
      : '';
  const statusQuery = statusColouring ? `\n${statusColouring.query}` : '';
  return {
    shown,
    retry: graphView
      ? partiesLoad.status === 'error'
        ? retryParties
        : retryStatusColouring
      : view === 'status'
        ? retryStatus
        : view === 'treaty'
          ? retryTreaty
          : view === 'votes'
            ? retryVotes
            : retryCompare,
    coalitions,
    colorBy,
    date,
    statusColouring,
    defaults,
    query: `${model?.query ?? ''}${coalitionsQuery}${statusQuery}`,
  };
}
