import { createHash } from 'node:crypto';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './seeded-random';
import { affinityPairs, meanAgreement } from './voting-affinity';
import type { VoteMatrix } from './voting-affinity';

/** As the coalitions: any fixed seed, so every run draws the same numbers. */
const LOUVAIN_SEED = 20250730;

/**
 * Pairs that voted together fewer times are left out of the affinity graph: an agreement over
 * a handful of roll calls (a state admitted at the window's end) says little.
 */
export const MIN_VOTES_COMPARED = 10;

/**
 * Each state keeps its edges to the states it agrees with most: a complete graph of ~190
 * states weighted 0.5 to 0.95 has little modularity to find (a decade gave two blocs, in a
 * second), and a nearest-neighbour graph is the usual way to cluster a similarity matrix.
 */
export const NEIGHBOURS = 15;

type Pair = ReturnType<typeof affinityPairs>[number];

/** The union of each state's `neighbours` most-agreeing pairs (ties by the other's code). */
export function nearestPairs(pairs: readonly Pair[], neighbours = NEIGHBOURS): Pair[] {
  const byState = new Map<string, Pair[]>();
  for (const pair of pairs) {
    for (const end of [pair.source, pair.target]) {
      const list = byState.get(end);
      if (list) list.push(pair);
      else byState.set(end, [pair]);
    }
  }
  const kept = new Set<Pair>();
  for (const [state, list] of byState) {
    const other = (p: Pair) => (p.source === state ? p.target : p.source);
    list
      .sort((a, b) => b.agreement - a.agreement || (other(a) < other(b) ? -1 : 1))
      .slice(0, neighbours)
      .forEach((p) => kept.add(p));
  }
  return pairs.filter((p) => kept.has(p));
}

export type VotingBloc = {
  /** `bloc-` and a hash of the sorted member codes: the same members, the same id. */
  id: string;
  /** Member codes, sorted. */
  members: string[];
  /** Mean agreement over pairs of members, 0 to 1 (1 for a bloc of one). */
  cohesion: number;
  /** Mean agreement of members with states outside the bloc; null when there are none. */
  outsideAgreement: number | null;
};

/** The stable id of a set of member codes. */
export function blocId(members: readonly string[]): string {
  const key = [...members].sort().join(',');
  return `bloc-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Voting blocs: Louvain communities of the affinity graph, states as nodes, and as edges each
 * state's NEIGHBOURS most-agreeing partners among those it voted with at least
 * MIN_VOTES_COMPARED times, weighted by agreement. Cohesion and outside agreement are means
 * over every pair, not only the graph's edges. Nodes
 * and edges are added in sorted order and the RNG is seeded, so the same votes always give the
 * same blocs. Largest first, then most cohesive, then by id.
 */
export function votingBlocs(
  matrix: VoteMatrix,
  options: { resolution?: number } = {},
): VotingBloc[] {
  const graph = new UndirectedGraph();
  for (const state of matrix.states) graph.addNode(state);
  const pairs = affinityPairs(matrix, MIN_VOTES_COMPARED);
  for (const pair of nearestPairs(pairs)) {
    graph.addEdge(pair.source, pair.target, { weight: pair.agreement });
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
  const blocOf = new Map<string, number>();
  for (const [community, members] of membersOf) for (const m of members) blocOf.set(m, community);
  const inside = new Map<number, number[]>();
  const outside = new Map<number, number[]>();
  for (const pair of pairs) {
    const [a, b] = [blocOf.get(pair.source) ?? -1, blocOf.get(pair.target) ?? -1];
    const bucket =
      a === b
        ? [[inside, a]]
        : [
            [outside, a],
            [outside, b],
          ];
    for (const [map, bloc] of bucket as [Map<number, number[]>, number][]) {
      map.set(bloc, [...(map.get(bloc) ?? []), pair.agreement]);
    }
  }
  return [...membersOf.entries()]
    .map(([community, members]) => {
      const sorted = [...members].sort();
      return {
        id: blocId(sorted),
        members: sorted,
        cohesion: mean(inside.get(community) ?? []) ?? (sorted.length === 1 ? 1 : 0),
        outsideAgreement: mean(outside.get(community) ?? []),
      };
    })
    .sort(
      (a, b) =>
        b.members.length - a.members.length || b.cohesion - a.cohesion || (a.id < b.id ? -1 : 1),
    );
}

/** How many closest partners of each state {@link votingTies} keeps by default. */
export const TIE_NEIGHBOURS = 5;

/**
 * The strong ties of the affinity graph, for drawing it: pairs that voted together at least
 * MIN_VOTES_COMPARED times, agree at least `minAgreement`, and of which one is among the other's
 * `neighbours` most-agreeing partners. A threshold alone would draw the largest bloc as a
 * hairball and leave states that agree with no one that closely out.
 */
export function votingTies(
  matrix: VoteMatrix,
  options: { minAgreement: number; neighbours?: number },
): Pair[] {
  const pairs = affinityPairs(matrix, MIN_VOTES_COMPARED);
  return nearestPairs(pairs, options.neighbours ?? TIE_NEIGHBOURS).filter(
    (p) => p.agreement >= options.minAgreement,
  );
}

export type MemberAlignment = { state: string; agreement: number | null; votesCompared: number };

export type Alignment = {
  /** Mean over pairs of members of their agreement; null when no pair voted together. */
  meanAgreement: number | null;
  /** Each member's mean agreement with the other members, most aligned first. */
  members: MemberAlignment[];
  /** Members with no vote in the window. */
  withoutVotes: string[];
  /** Non-members whose mean agreement with the members is at least `meanAgreement`. */
  votingWith: MemberAlignment[];
};

const byAgreement = (a: MemberAlignment, b: MemberAlignment) =>
  (b.agreement ?? -1) - (a.agreement ?? -1) || (a.state < b.state ? -1 : 1);

/**
 * How a set of states votes together over a window: the mean pairwise agreement, each
 * member's mean agreement with the rest, and the outsiders who vote with the set at least as
 * closely as its members do with each other on average.
 */
export function alignment(matrix: VoteMatrix, set: readonly string[]): Alignment {
  const members = [...new Set(set)].filter((s) => matrix.choices.has(s)).sort();
  const withoutVotes = [...new Set(set)].filter((s) => !matrix.choices.has(s)).sort();
  const pairs = members.flatMap((a, i) =>
    members.slice(i + 1).map((b) => meanAgreement(matrix, a, [b]).agreement),
  );
  const meanOfPairs = mean(pairs.filter((p): p is number => p !== null));
  const rows = members.map((state) => ({ state, ...meanAgreement(matrix, state, members) }));
  const inSet = new Set(members);
  const votingWith =
    meanOfPairs === null
      ? []
      : matrix.states
          .filter((s) => !inSet.has(s))
          .map((state) => ({ state, ...meanAgreement(matrix, state, members) }))
          .filter((row) => row.agreement !== null && row.agreement >= meanOfPairs);
  return {
    meanAgreement: meanOfPairs,
    members: rows.sort(byAgreement),
    withoutVotes,
    votingWith: votingWith.sort(byAgreement),
  };
}
