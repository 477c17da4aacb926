import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus } from '../features/corpus/load-corpus';
import type { Reference } from '../features/corpus/reference';
import type { InstrumentOption } from '../features/views/default-picks';
import ExportMenu from '../features/export/ExportMenu';
import { staleDataNote } from '../features/summary/stale-data';
import InspectPanel from '../features/inspect/InspectPanel';
import NodePicker from '../features/search/NodePicker';
import SearchBox from '../features/search/SearchBox';
import ViewTable from '../features/table/ViewTable';
import AffinityChart from '../features/votes/AffinityChart';
import { affinityPair, pairVariables } from '../features/votes/affinity-pair';
import { queryText } from '../features/views/view-model';
import { AffinityByYearDocument } from '../api/generated/graphql';
import { exportFrame } from '../export/frame';
import TimeRange from '../features/time/TimeRange';
import { firstDeclarationYear, yearBounds } from '../features/time/year-bounds';
import GraphCanvas from '../graph/GraphCanvas';
import { createGraphIndex } from '../graph/graph-index';
import type { NodeRef } from '../graph/kinds';
import Legend from '../ui/Legend';
import StatusMessage from '../ui/StatusMessage';
import FilterPanel from './FilterPanel';
import { layoutRequest } from './layout-request';
import TopBar, { VIEW_LABELS } from './TopBar';
import { useViewModel } from './use-view-model';
import type { UpdateViewState } from './use-view-state';
import { formatViewState, type ViewState } from './view-state';
import ViewOverview from './ViewOverview';
import ViewSummary from './ViewSummary';

type Props = {
  state: ViewState;
  update: UpdateViewState;
  corpus: Corpus;
  /** A narrower set of declarations for the years asked is loading. */
  refining: boolean;
  reference: Reference;
  /** Every instrument once listed; until then those the declarations cite. */
  instruments: readonly InstrumentOption[];
  instrumentsComplete: boolean;
};

const NO_ELEMENTS = { nodes: [], edges: [] };

/** The explorer: top bar, filters, the current view's graph and legend, and the details panel. */
export default function Workspace(props: Props) {
  const { state, update, corpus, refining, reference, instruments, instrumentsComplete } = props;
  const { view } = state;
  const { shown, retry, coalitions, colorBy, date, statusColouring, defaults, query } =
    useViewModel(state, { corpus, refining }, { ...reference, instruments, instrumentsComplete });
  const bounds = useMemo(() => yearBounds(reference), [reference]);
  const model = shown.status === 'success' ? shown.data.model : null;
  const votes = shown.status === 'success' && shown.data.kind === 'votes' ? shown.data.model : null;
  const elements = model?.elements;
  const graph = useMemo(() => createGraphIndex(elements ?? NO_ELEMENTS), [elements]);
  const graphView = view === 'signatories' || view === 'coalitions' || view === 'map';

  const select = useCallback((selected: string | null) => update({ selected }), [update]);
  const move = useCallback((moved: ViewState['moved']) => update({ moved }), [update]);
  const expand = useCallback(
    (id: string) => update({ selected: id, expand: [...state.expand.filter((e) => e !== id), id] }),
    [update, state.expand],
  );
  /** A search hit that is not drawn: its details show, and it can be added to the view. */
  const [picked, setPicked] = useState<NodeRef | null>(null);
  const pick = useCallback(
    (ref: NodeRef) => {
      const drawn = graph.find(ref);
      setPicked(drawn ? null : ref);
      update({ selected: drawn ? drawn.id : ref.key });
    },
    [graph, update],
  );
  const showAmongAll = useCallback(
    (ref: NodeRef) =>
      update({
        view: 'signatories',
        regions: [],
        declaration: null,
        instrument: null,
        from: null,
        to: null,
        selected: ref.key,
      }),
    [update],
  );

  const [tableOpen, setTableOpen] = useState(false);
  const sideRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // A block body: scrollTo may return a promise, and an effect must return nothing else.
    sideRef.current?.scrollTo({ top: 0 });
  }, [state.selected]);

  const groups = model?.colorKey.entries.map((entry) => entry.label).join('\u0000') ?? '';
  // Memoised: a new layout object would re-run the layout on every render.
  const layout = useMemo(
    () => layoutRequest(view, state.layout, groups ? groups.split('\u0000') : []),
    [view, state.layout, groups],
  );
  const frame = useMemo(
    () =>
      exportFrame({
        view: VIEW_LABELS[view].label,
        elements: elements ?? NO_ELEMENTS,
        colorKey: model?.colorKey ?? { title: '', entries: [] },
        years: { from: state.from ?? bounds.min, to: state.to ?? bounds.max },
        date,
        dataAsOf: reference.summary.latestAdoption ?? null,
        details: votes?.details,
        note: statusColouring && staleDataNote(statusColouring.standings.values(), date),
      }),
    [
      view,
      elements,
      model,
      votes,
      state.from,
      state.to,
      bounds,
      date,
      reference.summary,
      statusColouring,
    ],
  );
  const pair = view === 'votes' ? affinityPair(state, graph) : null;
  const exportContext = {
    name: view,
    frame,
    query: pair
      ? `${query}\n${queryText(AffinityByYearDocument, pairVariables(pair, state.issue))}`
      : query,
    map: layout === 'geographic',
    url: `${window.location.origin}${window.location.pathname}${formatViewState(state)}`,
  };

  return (
    <div className="app">
      <TopBar
        view={view}
        onView={(next) => update({ view: next, selected: null, moved: {} })}
        search={<SearchBox onPick={pick} />}
        time={
          <TimeRange
            min={bounds.min}
            max={bounds.max}
            from={votes?.window.from ?? state.from}
            to={votes?.window.to ?? state.to}
            playFrom={graphView ? firstDeclarationYear(reference, bounds) : bounds.min}
            onChange={(range) => update(range)}
          />
        }
      />
      <div className="workspace">
        <FilterPanel
          state={state}
          update={update}
          corpus={corpus}
          refining={refining}
          instruments={instruments}
          issues={reference.issues}
          defaults={defaults}
          date={date}
          colorBy={colorBy}
          coalitionsAvailable={coalitions.status !== 'error'}
        />
        <main className="stage" aria-label="Graph">
          {shown.status === 'success' && <ViewOverview shown={shown.data} />}
          <div className="stage__graph">
            {model && elements ? (
              <GraphCanvas
                elements={elements}
                layout={layout}
                map={layout === 'geographic'}
                quietEdges={Boolean(model.blocks)}
                selectedId={state.selected}
                onSelect={select}
                onExpand={graphView ? expand : undefined}
                moved={state.moved}
                onMove={move}
                toolbarStart={
                  <NodePicker graph={graph} selectedId={state.selected} onSelect={select} />
                }
                toolbarEnd={(drawing) => (
                  <>
                    <button
                      type="button"
                      aria-pressed={tableOpen}
                      onClick={() => setTableOpen(!tableOpen)}
                      title="Show the view as a table"
                    >
                      Table
                    </button>
                    <ExportMenu drawing={drawing} context={exportContext} />
                  </>
                )}
              />
            ) : (
              <div className="stage__message">
                {shown.status === 'error' ? (
                  <StatusMessage kind="error" error={shown.error} onRetry={retry} />
                ) : shown.status === 'idle' ? (
                  <StatusMessage kind="empty" text="Pick what to show in the panel on the left." />
                ) : (
                  <StatusMessage kind="loading" text="Loading the view…" />
                )}
              </div>
            )}
            {model && model.notices.length > 0 && (
              <div className="stage__notices" role="status">
                {model.notices.map((notice) => (
                  <p key={notice}>{notice}</p>
                ))}
                <button type="button" onClick={() => update({ expand: [] })}>
                  Collapse
                </button>
              </div>
            )}
            {model?.empty && (
              <div className="stage__empty">
                <StatusMessage kind="empty" text={model.empty} />
              </div>
            )}
          </div>
          {model && tableOpen && (
            <ViewTable
              elements={model.elements}
              name={view}
              selectedId={state.selected}
              onSelect={select}
            />
          )}
          {pair && (
            <AffinityChart
              pair={pair}
              issue={state.issue}
              issues={reference.issues}
              window={votes?.window ?? null}
              states={reference.states}
              onVersus={
                state.selected && graph.node(state.selected)
                  ? (versus) => update({ versus })
                  : undefined
              }
            />
          )}
          {model && <Legend elements={model.elements} colorKey={model.colorKey} />}
        </main>
        <aside className="side" ref={sideRef} aria-label="Details">
          {state.selected ? (
            <InspectPanel
              selectedId={state.selected}
              graph={graph}
              onSelect={select}
              onClose={() => select(null)}
              notDrawn={picked?.key === state.selected ? picked : null}
              onAdd={graphView ? (ref) => expand(ref.key) : showAmongAll}
              addLabel={
                graphView ? 'Add to view with its neighbours' : 'Show among all declarations'
              }
            />
          ) : (
            shown.status === 'success' && (
              <ViewSummary
                view={view}
                shown={shown.data}
                corpus={corpus}
                summary={reference.summary}
                graph={graph}
                coalitions={coalitions}
                statusColouring={statusColouring}
                onSelect={select}
              />
            )
          )}
        </aside>
      </div>
    </div>
  );
}
