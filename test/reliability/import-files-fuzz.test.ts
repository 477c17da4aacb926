import { importFiles } from '@treatygraph/import';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectClearOutcome, outcomeOf } from './fuzz/expect-clear-outcome';
import { fuzzedInput } from './fuzz/input-mutations';

// Every reader behind importFiles (documents, status tables, press texts) with no database.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// A hang is minutes. The text extractor is slow on some 100 kB inputs (20 s seen on a loaded
// two-core machine; test/RELIABILITY.md), which this bound still lets through.
const MAX_MS = 60_000;
const OPTIONS = { dryRun: true, instrument: 'untoc', asOf: '2014-01-27' };

describe('importFiles under fuzzed input of every kind', () => {
  it(`ends every damaged input with a result or a located error (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzedInput, async ({ name, content, recipe }) => {
        const outcome = await outcomeOf(() => importFiles(null, [{ name, content }], OPTIONS));
        // Documents locate every issue; a table or text may be wrong as a whole.
        const wholeFileIssues = !/\.(ya?ml|json)$/.test(name);
        expectClearOutcome(outcome, { file: name, recipe, maxMs: MAX_MS, wholeFileIssues });
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});
