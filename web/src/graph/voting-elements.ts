import type { VotingNetworkQuery } from '../api/generated/graphql';
import type { CorpusState, GraphElements, GraphNodeData } from './elements';
import { stateData } from './elements';
import type { Membership } from './coalition-colouring';
import { formatShare } from '../ui/format-share';

/** Who the roll calls are from, for the edges' `reportedBy` and the exports' attribution. */
export const VOTES_SOURCE = 'UN General Assembly Voting Data (Voeten)';

/**
 * The voting affinity network: every state in a voting bloc (those that voted in the window) as
 * a node, ringed when it is in `ringed`; each strong tie as an edge weighted by agreement.
 * Sorted by id, so the same answer gives the same elements.
 * @example createVotingElements({ network, stateOf: (code) => stateOf(states, code), ringed })
 */
export function createVotingElements(input: {
  network: Pick<VotingNetworkQuery, 'votingBlocs' | 'votingTies'>;
  stateOf: (code: string) => CorpusState;
  ringed: ReadonlySet<string>;
}): GraphElements {
  const { network, stateOf, ringed } = input;
  const nodes: GraphNodeData[] = network.votingBlocs
    .flatMap((bloc) => bloc.members.map((m) => m.code))
    .map((code) => ({
      id: code,
      kind: 'State' as const,
      key: code,
      ...stateData(stateOf(code)),
      ...(ringed.has(code) && { ringed: true }),
    }));
  const drawn = new Set(nodes.map((n) => n.id));
  const name = (code: string) => stateOf(code).name;
  const edges = network.votingTies
    .filter((tie) => drawn.has(tie.source.code) && drawn.has(tie.target.code))
    .map(({ source, target, agreement, votesCompared }) => ({
      data: {
        id: `VOTED_WITH:${source.code}--${target.code}`,
        source: source.code,
        target: target.code,
        kind: 'VOTED_WITH' as const,
        weight: agreement,
        votesCompared,
        label: `${name(source.code)} and ${name(target.code)} voted alike in ${formatShare(agreement)} of ${votesCompared} roll calls`,
        reportedBy: VOTES_SOURCE,
      },
    }));
  const byId = (a: { data: { id: string } }, b: { data: { id: string } }): number =>
    a.data.id < b.data.id ? -1 : 1;
  return { nodes: nodes.map((data) => ({ data })).sort(byId), edges: edges.sort(byId) };
}

/** Each state's bloc: its 0-based rank, largest bloc first, as the API orders them. */
export function blocMembership(blocs: VotingNetworkQuery['votingBlocs']): Membership {
  return new Map(blocs.flatMap((bloc, rank) => bloc.members.map((m) => [m.code, rank] as const)));
}
