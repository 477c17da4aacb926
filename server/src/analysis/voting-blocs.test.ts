import { describe, expect, it } from 'vitest';
import { voteMatrix } from './voting-affinity';
import { alignment, blocId, MIN_VOTES_COMPARED, votingBlocs, votingTies } from './voting-blocs';

// Two camps of three that vote opposite ways on every roll call but agree among themselves.
const camps = Array.from({ length: MIN_VOTES_COMPARED + 2 }, (_, i) => ({
  rollCall: `unga-${i}`,
  votes: 'AAAYBBBYCCCYDDDNEEENFFFN' + (i % 2 === 0 ? 'GGGY' : 'GGGN'),
}));

describe('voting blocs', () => {
  const matrix = voteMatrix(camps);

  it('finds the camps, with stable ids and cohesion', () => {
    const blocs = votingBlocs(matrix);
    const members = blocs.map((b) => b.members);
    expect(members).toContainEqual(expect.arrayContaining(['AAA', 'BBB', 'CCC']));
    expect(members).toContainEqual(expect.arrayContaining(['DDD', 'EEE', 'FFF']));
    const first = blocs.find((b) => b.members.includes('AAA'));
    expect(first?.id).toBe(blocId(first?.members ?? []));
    expect(votingBlocs(matrix)).toEqual(blocs);
    expect(blocs.every((b) => b.cohesion > 0.5 && b.cohesion <= 1)).toBe(true);
  });

  it('draws the strong ties: at the threshold, among each state’s closest partners', () => {
    const ties = votingTies(matrix, { minAgreement: 1, neighbours: 1 });
    expect(ties.every((t) => t.agreement === 1)).toBe(true);
    // Each of the six camp members keeps one tie within its camp; GGG agrees with no one fully.
    const ends = new Set(ties.flatMap((t) => [t.source, t.target]));
    expect([...ends].sort()).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF']);
    expect(ties.some((t) => t.source === 'AAA' && t.target === 'DDD')).toBe(false);
    const wider = votingTies(matrix, { minAgreement: 0.5 });
    expect(wider.some((t) => t.target === 'GGG' && t.agreement === 0.5)).toBe(true);
    expect(wider.length).toBeGreaterThan(ties.length);
  });

  it('measures how a set votes together and who votes with it', () => {
    const result = alignment(matrix, ['AAA', 'BBB', 'GGG', 'ZZZ']);
    expect(result.withoutVotes).toEqual(['ZZZ']);
    expect(result.members.at(-1)?.state).toBe('GGG');
    expect(result.members[0]?.agreement).toBeCloseTo((1 + 0.5) / 2);
    expect(result.meanAgreement).toBeCloseTo((1 + 0.5 + 0.5) / 3);
    expect(result.votingWith.map((m) => m.state)).toEqual(['CCC']);
  });
});
