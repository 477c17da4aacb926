import { useCallback, useEffect, useRef, type ComponentType } from 'react';
import type { NodeKind, NodeRef } from '../../graph/kinds';
import DeclarationDetails from './DeclarationDetails';
import EdgeDetails from './EdgeDetails';
import type { DetailsProps, InspectContext } from './inspect-context';
import InstrumentDetails from './InstrumentDetails';
import OrganizationDetails from './OrganizationDetails';
import StateDetails from './StateDetails';

type Props = InspectContext & {
  /** Cytoscape id of the selected node or edge. */
  selectedId: string;
  onClose: () => void;
  /** The selection's kind when it is not drawn (picked in the search): its details still show. */
  notDrawn?: NodeRef | null;
  /** Brings the node that is not drawn into sight, as `addLabel` says. */
  onAdd?: (ref: NodeRef) => void;
  addLabel?: string;
};

/** Exhaustive: a node kind without a details view is a type error. */
const VIEWS: Record<NodeKind, ComponentType<DetailsProps>> = {
  State: StateDetails,
  Declaration: DeclarationDetails,
  Instrument: InstrumentDetails,
  Organization: OrganizationDetails,
};

/** The details of the selected node, fetched for its kind. */
export default function InspectPanel(props: Props) {
  const { selectedId, graph, onSelect, onClose, notDrawn, onAdd, addLabel } = props;
  const node = graph.node(selectedId);
  const edge = graph.edge(selectedId);
  const View = node && VIEWS[node.kind];
  const Hidden = !node && notDrawn ? VIEWS[notDrawn.kind] : null;
  const panelRef = useRef<HTMLElement>(null);
  const followedLink = useRef(false);
  const follow = useCallback(
    (id: string) => {
      followedLink.current = true;
      onSelect(id);
    },
    [onSelect],
  );
  useEffect(() => {
    // Following a link in the panel replaces the link: keep keyboard focus in the panel rather
    // than dropping it to the page. Selections made elsewhere leave focus where it is.
    if (followedLink.current) panelRef.current?.focus({ preventScroll: true });
    followedLink.current = false;
  }, [selectedId]);
  return (
    <section
      ref={panelRef}
      tabIndex={-1}
      className="inspect"
      aria-label="Details of the selected node"
      aria-live="polite"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <button type="button" className="inspect__close" onClick={onClose} aria-label="Close details">
        ×
      </button>
      {node && View && (
        // Keyed by node, so a new selection starts from a clean loading state.
        <View key={node.id} node={node} graph={graph} onSelect={follow} />
      )}
      {edge && <EdgeDetails key={edge.id} edge={edge} graph={graph} onSelect={follow} />}
      {!node && !edge && (
        <div className="inspect__not-drawn" role="note">
          <p>“{selectedId}” is not drawn in this view.</p>
          {notDrawn && onAdd && (
            <button type="button" onClick={() => onAdd(notDrawn)}>
              {addLabel}
            </button>
          )}
        </div>
      )}
      {notDrawn && Hidden && (
        <Hidden
          key={notDrawn.key}
          node={{
            id: notDrawn.key,
            kind: notDrawn.kind,
            key: notDrawn.key,
            label: notDrawn.key,
            name: notDrawn.key,
          }}
          graph={graph}
          onSelect={follow}
        />
      )}
    </section>
  );
}
