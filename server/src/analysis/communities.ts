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
 * Communities of a weighted undirected network by Louvain modularity optimisation, with a
 * seeded random walk over nodes and edges added in sorted order, so the same network always
 * gives the same communities. `resolution` above 1 favours smaller communities. Sorted by
 * size, then internal weight, then id.
 */
export function detectCommunities(
  network: { nodes: readonly string[]; edges: readonly CoSignatureEdge[] },
  options: { resolution?: number } = {},
): Community[] {
  const graph = new UndirectedGraph();
  for (const node of [...network.nodes].sort()) graph.addNode(node);
  for (const edge of network.edges) {
    graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
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
    membersOf.set(community, [...(membersOf.get(community) ?? []), node]);
  }
  return [...membersOf.values()]
    .map((members) => weigh(members.sort(), network.edges))
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        b.internalWeight - a.internalWeight ||
        (a.id < b.id ? -1 : 1),
    );
}

function weigh(members: string[], edges: readonly CoSignatureEdge[]): Community {
  const inside = new Set(members);
  let internalWeight = 0;
  let externalWeight = 0;
  for (const edge of edges) {
    const ends = Number(inside.has(edge.source)) + Number(inside.has(edge.target));
    if (ends === 2) internalWeight += edge.weight;
    else if (ends === 1) externalWeight += edge.weight;
  }
  const total = internalWeight + externalWeight;
  return {
    id: coalitionId(members),
    members,
    internalWeight,
    externalWeight,
    cohesion: total === 0 ? 0 : internalWeight / total,
  };
}
