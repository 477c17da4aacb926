import { parseImportDocument } from '@treatygraph/import';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusTexts, fuzzedDocument, garbageDocument } from './fuzz/document-mutations';
import { expectClearOutcome, outcomeOf } from './fuzz/expect-clear-outcome';

// Pure parsing and validation: thousands of cases, no database.
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
// A hang is minutes; seconds of slack keep a loaded two-core machine from failing it.
const MAX_MS = 5_000;

describe('parseImportDocument under fuzzed input', () => {
  it('accepts the corpus as it ships (the baseline the mutations start from)', () => {
    for (const { file, text } of corpusTexts()) {
      expect(() => parseImportDocument({ file, text })).not.toThrow();
    }
  });

  it(`ends every mutated corpus document with a result or a located error (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzedDocument, async ({ file, text, recipe }) => {
        const outcome = await outcomeOf(() => parseImportDocument({ file, text }));
        expectClearOutcome(outcome, { file, recipe, maxMs: MAX_MS });
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);

  it(`ends every garbage text with a located error (${RUNS / 4} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(garbageDocument, async ({ file, text, recipe }) => {
        const outcome = await outcomeOf(() => parseImportDocument({ file, text }));
        expectClearOutcome(outcome, { file, recipe, maxMs: MAX_MS });
        expect(outcome.ok, recipe).toBe(false);
      }),
      { numRuns: RUNS / 4, endOnFailure: true },
    );
  }, 300_000);
});
