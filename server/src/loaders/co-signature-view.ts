import type { CoalitionRecord, StateNetwork } from './co-signature-network';
import type { GraphViewRecord } from './graph-view';

/**
 * The co-signature network as a view: states as nodes (their properties plus `coalition`, the
 * id of the coalition they fall in), `CO_SIGNED` edges weighing the shared declarations, whose
 * ids the edge data lists. Never truncated: there are at most as many nodes as states.
 */
export function coSignatureView(
  network: StateNetwork,
  coalitions: readonly CoalitionRecord[],
): GraphViewRecord {
  const coalitionOf = new Map(coalitions.flatMap((c) => c.members.map((code) => [code, c.id])));
  const nodes = [...network.states.values()]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((state) => ({
      id: state.code,
      kind: 'State',
      label: state.name,
      data: { ...state, coalition: coalitionOf.get(state.code) ?? null },
    }));
  const edges = network.edges.map((edge) => ({
    id: `CO_SIGNED:${edge.source}--${edge.target}`,
    kind: 'CO_SIGNED',
    source: edge.source,
    target: edge.target,
    weight: edge.weight,
    data: { declarations: edge.declarations },
  }));
  return { nodes, edges, truncated: false, totalNodes: nodes.length };
}
