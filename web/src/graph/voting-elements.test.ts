import { describe, expect, it } from 'vitest';
import { blocMembership, createVotingElements, VOTES_SOURCE } from './voting-elements';

const bloc = (id: string, codes: string[]) => ({
  id,
  size: codes.length,
  cohesion: 0.9,
  outsideAgreement: 0.5,
  members: codes.map((code) => ({ code })),
});
const tie = (source: string, target: string, agreement: number) => ({
  source: { code: source },
  target: { code: target },
  agreement,
  votesCompared: 40,
});
const network = {
  votingBlocs: [bloc('bloc-a', ['FRA', 'DEU', 'ITA']), bloc('bloc-b', ['CUB'])],
  votingTies: [tie('DEU', 'FRA', 0.96), tie('FRA', 'ITA', 0.9), tie('FRA', 'XXX', 0.9)],
};
const stateOf = (code: string) => ({
  code,
  name: `State ${code}`,
  region: 'Europe',
  subregion: null,
  latitude: null,
  longitude: null,
});

describe('the voting affinity network', () => {
  const elements = createVotingElements({ network, stateOf, ringed: new Set(['ITA', 'CUB']) });

  it('draws every bloc member, ringing the overlaid signatories', () => {
    expect(elements.nodes.map((n) => n.data.id)).toEqual(['CUB', 'DEU', 'FRA', 'ITA']);
    expect(elements.nodes.filter((n) => n.data.ringed).map((n) => n.data.id)).toEqual([
      'CUB',
      'ITA',
    ]);
  });

  it('weighs ties by agreement, says what they mean, and drops ties to undrawn states', () => {
    expect(elements.edges.map((e) => e.data.id)).toEqual([
      'VOTED_WITH:DEU--FRA',
      'VOTED_WITH:FRA--ITA',
    ]);
    expect(elements.edges[0]?.data).toMatchObject({
      kind: 'VOTED_WITH',
      weight: 0.96,
      votesCompared: 40,
      label: 'State DEU and State FRA voted alike in 96% of 40 roll calls',
      reportedBy: VOTES_SOURCE,
    });
  });

  it('ranks blocs in the API’s order', () => {
    expect([...blocMembership(network.votingBlocs)]).toEqual([
      ['FRA', 0],
      ['DEU', 0],
      ['ITA', 0],
      ['CUB', 1],
    ]);
  });
});
