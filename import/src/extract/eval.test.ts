import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractFromText } from './extract';
import { precisionRecall, scoreSignatories } from './signatory-score';
import type { Score } from './signatory-score';
import type { TextFormat } from './types';

// Statements written in the style of real ones that the extractor was not built on: the
// signatory precision and recall a new user would see.
const DIR = fileURLToPath(new URL('../../fixtures/eval/', import.meta.url));
const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;

const Expected = z.strictObject({
  adoptedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  partial: z.boolean(),
  signatories: z.array(z.string().regex(/^[A-Z]{3}$/)),
  /** Why the extractor still misses this file; it counts in the overall figures only. */
  knownGap: z.string().min(1).optional(),
});

function expected(file: string): z.infer<typeof Expected> {
  const path = join(DIR, file.replace(/\.(txt|md|html)$/, '.expected.yaml'));
  const result = Expected.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

const files = readdirSync(DIR)
  .filter((f) => /\.(txt|md|html)$/.test(f))
  .sort();

const runs = files.map((file) => {
  const format = (/\.(html|md)$/.exec(file)?.[1] ?? 'txt') as TextFormat;
  const extraction = extractFromText(readFileSync(join(DIR, file), 'utf8'), { file, format });
  const want = expected(file);
  const written = extraction.declarations.filter((d) => !d.needsReview);
  const codes = written.flatMap((d) => d.signatories.map((s) => s.code));
  return {
    file,
    want,
    extraction,
    score: scoreSignatories(codes, want.signatories),
    partial: extraction.declarations.some((d) => d.partial),
    adoptedOn: extraction.declarations[0]?.adoptedOn ?? null,
  };
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

function table(): string {
  const row = (name: string, scores: Score[], extra = '') => {
    const { precision, recall } = precisionRecall(scores);
    return `${name.padEnd(38)} ${pct(precision)} ${pct(recall)}  ${extra}`;
  };
  return [
    `${'file'.padEnd(38)}   prec    rec  errors`,
    ...runs.map(({ file, score }) =>
      row(
        file,
        [score],
        [
          ...score.falsePositives.map((c) => `+${c}`),
          ...score.falseNegatives.map((c) => `-${c}`),
        ].join(' '),
      ),
    ),
    row(
      'overall',
      runs.map((r) => r.score),
    ),
  ].join('\n');
}

describe('signatory extraction on the evaluation statements', () => {
  it('has an expected set for every statement', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it(`reaches ${MIN_PRECISION} precision and ${MIN_RECALL} recall overall`, () => {
    console.log(table());
    const { precision, recall } = precisionRecall(runs.map((r) => r.score));
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  const exact = (run: (typeof runs)[number]) => ({
    falsePositives: run.score.falsePositives,
    falseNegatives: run.score.falseNegatives,
    partial: run.partial,
    adoptedOn: run.adoptedOn,
  });
  const wanted = (run: (typeof runs)[number]) => ({
    falsePositives: [],
    falseNegatives: [],
    partial: run.want.partial,
    adoptedOn: run.want.adoptedOn,
  });

  it.each(runs.filter((r) => !r.want.knownGap).map((r) => [r.file, r] as const))(
    '%s: exact signatories, partial and date',
    (_, run) => {
      expect(exact(run)).toEqual(wanted(run));
    },
  );

  // A known gap that the extractor has closed must lose its mark, so that it is held to exactness.
  it.each(runs.filter((r) => r.want.knownGap).map((r) => [r.file, r] as const))(
    '%s: still a known gap',
    (_, run) => {
      expect(exact(run)).not.toEqual(wanted(run));
    },
  );
});
