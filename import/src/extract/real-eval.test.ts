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

// Statements that follow real published ones (import/fixtures/real/): the figures a new user
// would see on real material. The signatories an import would write count; a declaration that
// waits for review is not written, and its candidates are shown apart ("review +X -Y").
// EVAL_DIR scores a held-out folder of the same shape instead (its table is printed; the gates
// below are for the development set).
const DIR = process.env.EVAL_DIR ?? fileURLToPath(new URL('../../fixtures/real/', import.meta.url));
// The issue's gate: precision 0.98, recall 0.95, no mentioned-only state taken. Texts that name
// their signers only by adjectives or in prose, with no list, may still give no declaration:
// that count is held at the known misses (meetings with no statement noun, a leader named only
// by an office of no stated country, a group that "заявили" in its organization's channel), so
// that it cannot grow.
const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;
const MAX_MENTIONED_TAKEN = 0;
const MAX_WITHOUT_DECLARATION = 5;

// Kosovo has no ISO code; writers use the common XKX, the gazetteer the UN's UNK.
const Code = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .transform((c) => (c === 'XKX' ? 'UNK' : c));
const Expected = z.strictObject({
  source: z.string().url(),
  language: z.enum(['en', 'ru', 'de', 'fr', 'es', 'pt', 'it', 'ar', 'zh']),
  kind: z.enum([
    'un-statement',
    'osce-statement',
    'press-release',
    'joint-statement',
    'communique',
    'news-report',
    'letter',
    'summit-declaration',
  ]),
  adoptedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  partial: z.boolean(),
  signatories: z.array(Code),
  mentionedOnly: z.array(Code),
  nonStateSignatories: z.array(z.string()).optional(),
  note: z.string().min(1),
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
    score: scoreSignatories(codes, want.signatories),
    mentionedTaken: want.mentionedOnly.filter((c) => codes.includes(c)),
    none: extraction.declarations.length === 0,
    review: scoreSignatories(
      extraction.declarations
        .filter((d) => d.needsReview)
        .flatMap((d) => d.signatories.map((s) => s.code)),
      want.signatories.filter((c) => !codes.includes(c)),
    ),
    reviewed: extraction.declarations.some((d) => d.needsReview),
  };
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

function table(): string {
  const row = (name: string, scores: Score[], extra = '') => {
    const { precision, recall } = precisionRecall(scores);
    return `${name.padEnd(48)} ${pct(precision)} ${pct(recall)}  ${extra}`;
  };
  const { precision, recall } = precisionRecall(runs.map((r) => r.score));
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return [
    `${'file'.padEnd(48)}   prec    rec  errors (+taken, -missed, !mentioned-only taken)`,
    ...runs.map((r) =>
      row(
        r.file,
        [r.score],
        [
          r.none ? 'NO DECLARATION' : '',
          ...r.score.falsePositives.map((c) => `+${c}`),
          ...r.score.falseNegatives.map((c) => `-${c}`),
          ...r.mentionedTaken.map((c) => `!${c}`),
          r.reviewed
            ? `(review ${r.review.truePositives} right${[...r.review.falsePositives.map((c) => ` +${c}`)].join('')})`
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      ),
    ),
    row(
      'overall',
      runs.map((r) => r.score),
      `F1 ${f1.toFixed(3)}, ${runs.flatMap((r) => r.mentionedTaken).length} mentioned-only taken, ` +
        `${runs.filter((r) => r.none).length} without a declaration, ` +
        `${runs.filter((r) => r.reviewed).length} for review, ${runs.length} files`,
    ),
  ].join('\n');
}

describe('signatory extraction on statements that follow real published ones', () => {
  it('has the development set', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it(`reaches ${MIN_PRECISION} precision and ${MIN_RECALL} recall`, () => {
    console.log(table());
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
