import { describe, expect, it } from 'vitest';
import { precisionRecall, scoreSignatories } from './signatory-score';

describe('scoreSignatories', () => {
  it('counts found codes that were expected, extra codes and missed codes', () => {
    expect(scoreSignatories(['FRA', 'DEU', 'RUS'], ['FRA', 'DEU', 'POL'])).toEqual({
      truePositives: 2,
      falsePositives: ['RUS'],
      falseNegatives: ['POL'],
    });
  });

  it('micro-averages precision and recall over files', () => {
    const scores = [
      scoreSignatories(['A', 'B'], ['A', 'B']),
      scoreSignatories(['C', 'X'], ['C', 'D', 'E']),
    ];
    expect(precisionRecall(scores)).toEqual({ precision: 3 / 4, recall: 3 / 5 });
  });

  it('reads an empty extraction of an empty expectation as perfect', () => {
    expect(precisionRecall([scoreSignatories([], [])])).toEqual({ precision: 1, recall: 1 });
  });
});
