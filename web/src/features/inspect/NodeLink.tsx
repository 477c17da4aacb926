import type { ReactNode } from 'react';
import type { NodeRef } from '../../graph/kinds';
import type { InspectContext } from './inspect-context';

type Props = InspectContext & { target: NodeRef; children: ReactNode };

/** A related node named in a panel: a button that selects it when it is on the canvas. */
export default function NodeLink({ target, graph, onSelect, children }: Props) {
  const node = graph.find(target);
  if (!node) return <span>{children}</span>;
  return (
    <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
      {children}
    </button>
  );
}
