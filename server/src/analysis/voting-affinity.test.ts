import { describe, expect, it } from 'vitest';
import {
  affinity,
  affinityPairs,
  agreementCounts,
  meanAgreement,
  voteMatrix,
} from './voting-affinity';

// Three roll calls: USA and ISR agree twice, disagree once; FRA is absent from the second.
const rows = [
  { rollCall: 'unga-1', votes: 'USAYISRYFRAA' },
  { rollCall: 'unga-2', votes: 'USANISRN' },
  { rollCall: 'unga-3', votes: 'USAYISRAFRAY' },
];

describe('voting affinity', () => {
  const matrix = voteMatrix(rows);

  it('counts roll calls both voted on and those they voted alike on', () => {
    const line = (code: string) => {
      const found = matrix.choices.get(code);
      if (!found) throw new Error(code);
      return found;
    };
    expect(agreementCounts(line('USA'), line('ISR'))).toEqual({ agreed: 2, compared: 3 });
    expect(agreementCounts(line('USA'), line('FRA'))).toEqual({ agreed: 1, compared: 2 });
  });

  it('is the share of compared roll calls, null when none', () => {
    expect(affinity(2, 3)).toEqual({ agreement: 2 / 3, votesCompared: 3 });
    expect(affinity(0, 0)).toEqual({ agreement: null, votesCompared: 0 });
  });

  it('lists pairs in code order, above a minimum of votes compared', () => {
    expect(matrix.states).toEqual(['FRA', 'ISR', 'USA']);
    expect(affinityPairs(matrix, 3)).toEqual([
      { source: 'ISR', target: 'USA', agreement: 2 / 3, votesCompared: 3 },
    ]);
    expect(affinityPairs(matrix, 1)).toHaveLength(3);
  });

  it('averages a state’s agreement with others, itself left out', () => {
    expect(meanAgreement(matrix, 'USA', ['USA', 'ISR', 'FRA'])).toEqual({
      agreement: (2 / 3 + 1 / 2) / 2,
      votesCompared: 5,
    });
  });

  it('packs more than 32 roll calls over several words', () => {
    const many = Array.from({ length: 70 }, (_, i) => ({
      rollCall: `unga-${i}`,
      votes: i % 7 === 0 ? 'USAYISRN' : 'USAYISRY',
    }));
    const m = voteMatrix(many);
    const [a, b] = [m.choices.get('USA'), m.choices.get('ISR')];
    if (!a || !b) throw new Error('missing line');
    expect(agreementCounts(a, b)).toEqual({ agreed: 60, compared: 70 });
  });
});
