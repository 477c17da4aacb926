import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalRuns, evalTable } from './real-eval-runs';
import { precisionRecall } from './signatory-score';

// Statements that follow real published ones (import/fixtures/real/): the figures a new user
// would see on real material. The signatories an import would write count; a declaration that
// waits for review is not written, and its candidates are shown apart ("review +X -Y").
// EVAL_DIR scores a held-out folder of the same shape instead (its table is printed; the gates
// below are for the development set).
const DIR = process.env.EVAL_DIR ?? fileURLToPath(new URL('../../fixtures/real/', import.meta.url));
// The gate: precision 0.98, recall 0.95, no mentioned-only state taken. Texts that name
// their signers only by adjectives or in prose, with no list, may still give no declaration:
// that count is held at the known misses (meetings with no statement noun, a leader named only
// by an office of no stated country, a group that "заявили" in its organization's channel), so
// that it cannot grow.
const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;
const MAX_MENTIONED_TAKEN = 0;
const MAX_WITHOUT_DECLARATION = 5;

const runs = evalRuns(DIR);

describe('signatory extraction on statements that follow real published ones', () => {
  it('has the development set', () => {
    expect(runs.length).toBeGreaterThanOrEqual(60);
  });

  it(`reaches ${MIN_PRECISION} precision and ${MIN_RECALL} recall`, () => {
    console.log(evalTable(runs));
    const { precision, recall } = precisionRecall(runs.map((r) => r.score));
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it(`takes at most ${MAX_MENTIONED_TAKEN} states that the text only mentions`, () => {
    const taken = runs.flatMap((r) => r.mentionedTaken.map((c) => `${r.file}: ${c}`));
    expect(taken.length, taken.join(', ')).toBeLessThanOrEqual(MAX_MENTIONED_TAKEN);
  });

  it(`proposes a declaration for all but ${MAX_WITHOUT_DECLARATION} texts that list signatories`, () => {
    const listed = runs.filter((r) => r.want.signatories.length >= 2);
    const none = listed.filter((r) => r.none).map((r) => r.file);
    expect(none.length, none.join(', ')).toBeLessThanOrEqual(MAX_WITHOUT_DECLARATION);
  });
});
