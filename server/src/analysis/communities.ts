import { createHash } from 'node:crypto';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { CoSignatureEdge } from './co-signature-network';
import { seededRandom } from './seeded-random';

/** Any fixed seed: what matters is that every run draws the same numbers. */
const LOUVAIN_SEED = 20250730;

export type Community = {
  /** `coalition-` and a hash of the sorted member codes: the same members, the same id. */
  id: string;
  /** Member codes, sorted. */
  members: string[];
  /** Total weight of the edges between members. */
  internalWeight: number;
  /** Total weight of the edges from members to states outside. */
  externalWeight: number;
  /** internalWeight / (internalWeight + externalWeight); 0 for a member with no edges. */
  cohesion: number;
};

/** The stable id of a set of member codes. */
export function coalitionId(members: readonly string[]): string {
  const key = [...members].sort().join(',');
  return `coalition-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/**
 * The graphology graph of a network, built once per network: a storm of coalitions at new
 * resolutions asks Louvain again and again of one cached network, and building the graph was
 * most of each run's garbage. Louvain only reads it.
 */
const graphs = new WeakMap<readonly CoSignatureEdge[], { nodes: string; graph: UndirectedGraph }>();

function graphOf(network: {
  nodes: readonly string[];
  edges: readonly CoSignatureEdge[];
}): UndirectedGraph {
  const sorted = [...network.nodes].sort();
  const nodes = sorted.join('\n');
  const known = graphs.get(network.edges);
  if (known?.nodes === nodes) return known.graph;
  const graph = new UndirectedGraph();
  for (const node of sorted) graph.addNode(node);
  for (const edge of network.edges) {
    graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
  graphs.set(network.edges, { nodes, graph });
  return graph;
}

/**
 * Communities of a weighted undirected network by Louvain modularity optimisation, with a
 * seeded random walk over nodes and edges added in sorted order, so the same network always
 * gives the same communities. `resolution` above 1 favours smaller communities. Sorted by
 * size, then internal weight, then id.
 */
export function detectCommunities(
  network: { nodes: readonly string[]; edges: readonly CoSignatureEdge[] },
  options: { resolution?: number } = {},
): Community[] {
  const graph = graphOf(network);
  const assignment =
    graph.size === 0
      ? Object.fromEntries(graph.nodes().map((node, i) => [node, i]))
      : louvain(graph, {
          getEdgeWeight: 'weight',
          resolution: options.resolution ?? 1,
          rng: seededRandom(LOUVAIN_SEED),
        });
  const membersOf = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const community = assignment[node] ?? -1;
    const members = membersOf.get(community);
    if (members) members.push(node);
    else membersOf.set(community, [node]);
  }
  return weighed([...membersOf.values()], network.edges).sort(
    (a, b) =>
      b.members.length - a.members.length ||
      b.internalWeight - a.internalWeight ||
      (a.id < b.id ? -1 : 1),
  );
}

/** Each group of members with its internal and external weight, in one pass over the edges. */
function weighed(groups: string[][], edges: readonly CoSignatureEdge[]): Community[] {
  const groupOf = new Map<string, number>();
  groups.forEach((members, i) => members.forEach((member) => groupOf.set(member, i)));
  const internal = groups.map(() => 0);
  const external = groups.map(() => 0);
  for (const edge of edges) {
    const a = groupOf.get(edge.source);
    const b = groupOf.get(edge.target);
    if (a !== undefined && a === b) internal[a] = (internal[a] ?? 0) + edge.weight;
    else {
      if (a !== undefined) external[a] = (external[a] ?? 0) + edge.weight;
      if (b !== undefined) external[b] = (external[b] ?? 0) + edge.weight;
    }
  }
  return groups.map((members, i) => {
    const internalWeight = internal[i] ?? 0;
    const externalWeight = external[i] ?? 0;
    const total = internalWeight + externalWeight;
    return {
      id: coalitionId(members.sort()),
      members,
      internalWeight,
      externalWeight,
      cohesion: total === 0 ? 0 : internalWeight / total,
    };
  });
}
