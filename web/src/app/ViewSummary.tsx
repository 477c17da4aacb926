import type { LoadState } from '../api/use-load';
import type { Corpus } from '../features/corpus/load-corpus';
import CorpusSummary from '../features/corpus/CorpusSummary';
import type { Reference } from '../features/corpus/reference';
import CoalitionSummary from '../features/summary/CoalitionSummary';
import CompareSummary from '../features/summary/CompareSummary';
import DataAsOfNote from '../features/summary/DataAsOfNote';
import StatusSummary from '../features/summary/StatusSummary';
import TreatySummary from '../features/summary/TreatySummary';
import VotesSummary from '../features/votes/VotesSummary';
import type { Coalitions } from '../features/views/use-coalitions';
import type { StatusColouring } from '../features/views/use-status-colouring';
import type { GraphIndex } from '../graph/graph-index';
import type { ShownView } from './use-view-model';
import type { ViewKey } from './view-state';

type Props = {
  view: ViewKey;
  shown: ShownView;
  corpus: Corpus;
  summary: Reference['summary'];
  graph: GraphIndex;
  coalitions: LoadState<Coalitions>;
  /** The standings a graph view is coloured by, whose data may be older than the date asked. */
  statusColouring: StatusColouring | null;
  onSelect: (id: string) => void;
};

/** The details panel while nothing is selected: the current view in words. */
export default function ViewSummary(props: Props) {
  const { view, shown, corpus, summary, graph, coalitions, statusColouring, onSelect } = props;
  if (shown.kind === 'status') {
    return <StatusSummary view={shown.model} graph={graph} onSelect={onSelect} />;
  }
  if (shown.kind === 'treaty') return <TreatySummary view={shown.model} onSelect={onSelect} />;
  if (shown.kind === 'compare') return <CompareSummary view={shown.model} onSelect={onSelect} />;
  if (shown.kind === 'votes') {
    return <VotesSummary view={shown.model} graph={graph} onSelect={onSelect} />;
  }
  return (
    <>
      {statusColouring && (
        <DataAsOfNote standings={statusColouring.standings.values()} date={statusColouring.date} />
      )}
      {view === 'signatories' ? (
        <CorpusSummary corpus={corpus} graph={graph} summary={summary} />
      ) : (
        <CoalitionSummary
          elements={shown.model.elements}
          graph={graph}
          coalitions={coalitions}
          onSelect={onSelect}
        />
      )}
    </>
  );
}
