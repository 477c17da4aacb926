import type { GraphIndex } from '../../graph/graph-index';
import { NODE_KIND_PLURALS, NODE_KINDS, type NodeKind } from '../../graph/kinds';
import type { Corpus } from './load-corpus';
import type { Reference } from './reference';
import SourceLoadNote from './SourceLoadNote';

type Props = { corpus: Corpus; graph: GraphIndex; summary: Reference['summary'] };

const format = (n: number) => n.toLocaleString('en');

/** What the side panel shows while nothing is selected: the view and the graph in numbers. */
export default function CorpusSummary({ corpus, graph, summary }: Props) {
  const shown = corpus.declarations.length;
  const inGraph: Record<NodeKind, number> = {
    Declaration: summary.declarations,
    State: summary.states,
    Instrument: summary.instruments,
    Organization: summary.organizations,
  };
  return (
    <section className="summary" aria-label="Corpus summary">
      <h2>The corpus</h2>
      <dl className="summary__counts">
        {NODE_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{NODE_KIND_PLURALS[kind]}</dt>
            <dd>
              {format(graph.nodes.filter((node) => node.kind === kind).length)}
              <span className="summary__of"> of {format(inGraph[kind])}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="summary__hint">
        Drawn in this view, of all in the graph; {format(summary.signatures)} signatures in all.
      </p>
      <SourceLoadNote />
      {shown < corpus.totalCount && (
        <p className="summary__note" role="note">
          Drawn: the newest {format(shown)} of {format(corpus.totalCount)} declarations.
        </p>
      )}
      {graph.nodes.length > 0 && (
        <p className="summary__hint">
          Select a node, or choose one under “Go to”, to see its details. Drag to pan, scroll to
          zoom.
        </p>
      )}
    </section>
  );
}
