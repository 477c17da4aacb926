import type { GraphElements, GraphNodeData } from './elements';

/** How many hidden neighbours one expansion adds at most: hubs have hundreds. */
export const EXPAND_LIMIT = 12;

export type Expansion = { id: string; name: string; added: number; more: number };

/**
 * Adds to `shown` the neighbours that the filters hid of each node in `ids`, taken from `full`
 * (the same view unfiltered): the first {@link EXPAND_LIMIT} by name, with the edges that join
 * them to what is drawn. A node of `ids` that is not drawn (picked in the search) is added too,
 * with its neighbours. Says per node how many were added and how many more there are.
 * @example expandNeighbours(filtered, unfiltered, { ids: ['LAO'] })
 */
export function expandNeighbours(
  shown: GraphElements,
  full: GraphElements,
  { ids, limit = EXPAND_LIMIT }: { ids: readonly string[]; limit?: number },
): { elements: GraphElements; expansions: Expansion[] } {
  const nodes = new Map(shown.nodes.map((node) => [node.data.id, node]));
  const byId = new Map(full.nodes.map((node) => [node.data.id, node.data]));
  const expansions: Expansion[] = [];
  for (const id of ids) {
    const self = byId.get(id);
    if (!self) continue;
    if (!nodes.has(id)) nodes.set(id, { data: self });
    const hidden = new Map<string, GraphNodeData>();
    for (const { data } of full.edges) {
      const other = data.source === id ? data.target : data.target === id ? data.source : null;
      const node = other === null ? undefined : byId.get(other);
      if (node && !nodes.has(node.id)) hidden.set(node.id, node);
    }
    const chosen = [...hidden.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, limit);
    for (const data of chosen) nodes.set(data.id, { data });
    expansions.push({
      id,
      name: self.name,
      added: chosen.length,
      more: hidden.size - chosen.length,
    });
  }
  const shownEdges = new Set(shown.edges.map((edge) => edge.data.id));
  const edges = [
    ...shown.edges,
    ...full.edges.filter(
      ({ data }) => !shownEdges.has(data.id) && nodes.has(data.source) && nodes.has(data.target),
    ),
  ];
  return { elements: { nodes: [...nodes.values()], edges }, expansions };
}
