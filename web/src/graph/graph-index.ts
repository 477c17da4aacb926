import type { GraphEdgeData, GraphElements, GraphNodeData } from './elements';
import type { NodeRef, RelationshipType } from './kinds';

export type GraphIndex = {
  node(id: string): GraphNodeData | undefined;
  edge(id: string): GraphEdgeData | undefined;
  /** The drawn node for a kind and key, if it is drawn. */
  find(ref: NodeRef): GraphNodeData | undefined;
  /** All nodes, sorted by kind then name: the order pickers list them in. */
  nodes: readonly GraphNodeData[];
  /** Nodes joined to `id` by `rel`, in either direction, sorted by name. */
  neighbours(id: string, rel: RelationshipType): GraphNodeData[];
};

/**
 * Lookups over the drawn elements, for panels that describe a node by its neighbours.
 * @example createGraphIndex(elements).neighbours('Organization:unodc', 'SUPPORTS')
 */
export function createGraphIndex(elements: GraphElements): GraphIndex {
  const byId = new Map(elements.nodes.map(({ data }) => [data.id, data]));
  const edgeById = new Map(elements.edges.map(({ data }) => [data.id, data]));
  const edgesOf = new Map<string, GraphEdgeData[]>();
  for (const { data } of elements.edges) {
    for (const end of [data.source, data.target]) {
      edgesOf.set(end, [...(edgesOf.get(end) ?? []), data]);
    }
  }
  const byRef = new Map(elements.nodes.map(({ data }) => [`${data.kind}:${data.key}`, data]));
  const byName = (a: GraphNodeData, b: GraphNodeData): number => a.name.localeCompare(b.name);
  const nodes = [...byId.values()].sort((a, b) => a.kind.localeCompare(b.kind) || byName(a, b));

  return {
    node: (id) => byId.get(id),
    edge: (id) => edgeById.get(id),
    find: (ref) => byRef.get(`${ref.kind}:${ref.key}`),
    nodes,
    neighbours: (id, rel) =>
      (edgesOf.get(id) ?? [])
        .filter((edge) => edge.kind === rel)
        .flatMap((edge) => byId.get(edge.source === id ? edge.target : edge.source) ?? [])
        .sort(byName),
  };
}
