/** How one extraction's signatory codes compare with the hand-written expected set. */
export type Score = { truePositives: number; falsePositives: string[]; falseNegatives: string[] };

export function scoreSignatories(found: Iterable<string>, expected: Iterable<string>): Score {
  const got = new Set(found);
  const want = new Set(expected);
  return {
    truePositives: [...got].filter((c) => want.has(c)).length,
    falsePositives: [...got].filter((c) => !want.has(c)).sort(),
    falseNegatives: [...want].filter((c) => !got.has(c)).sort(),
  };
}

/** Precision and recall over several scores, micro-averaged; 1 when there is nothing to find. */
export function precisionRecall(scores: Score[]): { precision: number; recall: number } {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives.length, 0);
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}
