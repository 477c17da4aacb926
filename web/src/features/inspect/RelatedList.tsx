import type { GraphNodeData } from '../../graph/elements';

type Props = {
  title: string;
  nodes: readonly GraphNodeData[];
  onSelect: (id: string) => void;
  /** Two columns, for long lists of short names such as signatories. */
  compact?: boolean;
};

/** A heading and the drawn neighbours under it, each a link that selects it. */
export default function RelatedList({ title, nodes, onSelect, compact = false }: Props) {
  if (nodes.length === 0) return null;
  return (
    <>
      <h3>
        {title} ({nodes.length})
      </h3>
      <ul className={compact ? 'details__list details__list--compact' : 'details__list'}>
        {nodes.map((node) => (
          <li key={node.id}>
            <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
              {node.name}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
