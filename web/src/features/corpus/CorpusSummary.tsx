import type { GraphIndex } from '../../graph/graph-index';
import { NODE_KIND_PLURALS, NODE_KINDS } from '../../graph/kinds';
import type { Corpus } from './load-corpus';

/** What the side panel shows while nothing is selected: the corpus in numbers, and a hint. */
export default function CorpusSummary({ corpus, graph }: { corpus: Corpus; graph: GraphIndex }) {
  const shown = corpus.declarations.length;
  return (
    <section className="summary" aria-label="Corpus summary">
      <h2>The corpus</h2>
      <dl className="summary__counts">
        {NODE_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{NODE_KIND_PLURALS[kind]}</dt>
            <dd>{graph.nodes.filter((node) => node.kind === kind).length}</dd>
          </div>
        ))}
      </dl>
      {shown < corpus.totalCount && (
        <p className="summary__note" role="note">
          Drawn: the newest {shown.toLocaleString('en')} of {corpus.totalCount.toLocaleString('en')}{' '}
          declarations.
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
