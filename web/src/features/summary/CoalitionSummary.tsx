import type { LoadState } from '../../api/use-load';
import { byCoalition } from '../../graph/coalition-colouring';
import type { GraphElements } from '../../graph/elements';
import type { GraphIndex } from '../../graph/graph-index';
import StatusMessage from '../../ui/StatusMessage';
import type { Coalitions } from '../views/use-coalitions';
import StateGroups from './StateGroups';

type Props = {
  elements: GraphElements;
  graph: GraphIndex;
  coalitions: LoadState<Coalitions>;
  onSelect: (id: string) => void;
};

const TOP = 10;

/** Who signs together: detected coalitions, then the pairs with the most shared declarations. */
export default function CoalitionSummary({ elements, graph, coalitions, onSelect }: Props) {
  const pairs = elements.edges
    .filter((edge) => edge.data.kind === 'CO_SIGNED')
    .map((edge) => edge.data)
    .sort(
      (a, b) =>
        (b.weight ?? 0) - (a.weight ?? 0) ||
        (graph.node(a.source)?.name ?? '').localeCompare(graph.node(b.source)?.name ?? ''),
    );
  return (
    <section className="summary" aria-label="Coalition summary">
      <h2>Who signs together</h2>
      <p className="summary__hint">
        {elements.nodes.length} states; {pairs.length} pairs signed at least one declaration
        together. Thicker lines mean more shared declarations: hover over one to see them.
      </p>
      {coalitions.status === 'error' && <StatusMessage kind="error" error={coalitions.error} />}
      {coalitions.status === 'success' && (
        <>
          <h3>Coalitions ({coalitions.data.list.length})</h3>
          <StateGroups
            onSelect={onSelect}
            groups={coalitions.data.list.map((coalition, rank) => {
              const paint = byCoalition(coalitions.data.membership)({
                id: coalition.members[0]?.code ?? '',
                key: coalition.members[0]?.code ?? '',
                kind: 'State',
                label: '',
                name: '',
              });
              return {
                key: coalition.id,
                title: `Coalition ${rank + 1} · ${Math.round(coalition.cohesion * 100)}% cohesive`,
                color: paint?.color ?? '#B0B0B0',
                states: coalition.members.filter((m) => graph.node(m.code)),
              };
            })}
          />
        </>
      )}
      {pairs.length > 0 && (
        <>
          <h3>Most shared declarations</h3>
          <ol className="details__list pairs">
            {pairs.slice(0, TOP).map((pair) => (
              <li key={pair.id}>
                <button type="button" className="link-button" onClick={() => onSelect(pair.id)}>
                  {graph.node(pair.source)?.name} and {graph.node(pair.target)?.name}
                </button>
                <span className="details__meta">{pair.weight}</span>
              </li>
            ))}
          </ol>
          {pairs.length > TOP && (
            <p className="details__meta">and {pairs.length - TOP} more pairs</p>
          )}
        </>
      )}
    </section>
  );
}
