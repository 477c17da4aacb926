import type { GraphElements } from './elements';

export type GraphEdge = GraphElements['edges'][number];

/** A view's edges by the nodes they join and by their own id. */
export type EdgeIndex = {
  /** The edges that end at node `id`, in the view's order. */
  touching: (id: string) => readonly GraphEdge[];
  edge: (id: string) => GraphEdge | undefined;
  /** How many edges end at node `id`; a loop counts twice, as in Cytoscape. */
  degree: (id: string) => number;
};

/**
 * Lookups over `edges`, built on first use (a large view's 100,000 edges take a moment, and a
 * view nobody selects in never needs them).
 * @example createEdgeIndex(elements.edges).touching('LAO')
 */
export function createEdgeIndex(edges: readonly GraphEdge[]): EdgeIndex {
  let built: { byNode: Map<string, GraphEdge[]>; byId: Map<string, GraphEdge> } | null = null;
  const index = () => {
    if (built) return built;
    const byNode = new Map<string, GraphEdge[]>();
    const byId = new Map<string, GraphEdge>();
    const add = (id: string, edge: GraphEdge): void => {
      const list = byNode.get(id);
      if (list) list.push(edge);
      else byNode.set(id, [edge]);
    };
    for (const edge of edges) {
      byId.set(edge.data.id, edge);
      add(edge.data.source, edge);
      if (edge.data.target !== edge.data.source) add(edge.data.target, edge);
    }
    built = { byNode, byId };
    return built;
  };
  return {
    touching: (id) => index().byNode.get(id) ?? [],
    edge: (id) => index().byId.get(id),
    degree: (id) =>
      (index().byNode.get(id) ?? []).reduce(
        (sum, { data }) => sum + (data.source === data.target ? 2 : 1),
        0,
      ),
  };
}
