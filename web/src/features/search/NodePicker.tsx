import { useId } from 'react';
import type { GraphIndex } from '../../graph/graph-index';
import { NODE_KIND_PLURALS, NODE_KINDS } from '../../graph/kinds';

type Props = {
  graph: GraphIndex;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
};

/** Selects any drawn node from a list: the keyboard's way into the graph. */
export default function NodePicker({ graph, selectedId, onSelect }: Props) {
  const id = useId();
  return (
    <div className="node-picker">
      <label htmlFor={id}>Go to</label>
      <select
        id={id}
        value={selectedId ?? ''}
        onChange={(event) => onSelect(event.target.value || null)}
      >
        <option value="">Choose a node…</option>
        {NODE_KINDS.map((kind) => {
          const nodes = graph.nodes.filter((node) => node.kind === kind);
          if (nodes.length === 0) return null;
          return (
            <optgroup key={kind} label={NODE_KIND_PLURALS[kind]}>
              {nodes.map((node) => (
                <option key={node.id} value={node.id}>
                  {node.name}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
