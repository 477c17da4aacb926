import { createEdgeIndex } from './edge-index';
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

/** Compares names as `localeCompare` does, several times faster over thousands of nodes. */
const collator = new Intl.Collator();

/**
 * Lookups over the drawn elements, for panels that describe a node by its neighbours. The
 * edges are indexed on first use: a large view's 100,000 took a long task at every render.
 * @example createGraphIndex(elements).neighbours('Organization:unodc', 'SUPPORTS')
 */
export function createGraphIndex(elements: GraphElements): GraphIndex {
  const byId = new Map(elements.nodes.map(({ data }) => [data.id, data]));
  const edges = createEdgeIndex(elements.edges);
  const byRef = new Map(elements.nodes.map(({ data }) => [`${data.kind}:${data.key}`, data]));
  const byName = (a: GraphNodeData, b: GraphNodeData): number => collator.compare(a.name, b.name);
  const nodes = [...byId.values()].sort((a, b) => a.kind.localeCompare(b.kind) || byName(a, b));

  return {
    node: (id) => byId.get(id),
    edge: (id) => edges.edge(id)?.data,
    find: (ref) => byRef.get(`${ref.kind}:${ref.key}`),
    nodes,
    neighbours: (id, rel) =>
      edges
        .touching(id)
        .filter(({ data }) => data.kind === rel)
        .flatMap(({ data }) => byId.get(data.source === id ? data.target : data.source) ?? [])
        .sort(byName),
  };
}
