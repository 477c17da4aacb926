import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { extractFromText } from './extract';
import { precisionRecall, scoreSignatories } from './signatory-score';
import type { Score } from './signatory-score';
import type { TextFormat } from './types';

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

function expected(dir: string, file: string): z.infer<typeof Expected> {
  const path = join(dir, file.replace(/\.(txt|md|html)$/, '.expected.yaml'));
  const result = Expected.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

export type EvalRun = {
  file: string;
  want: z.infer<typeof Expected>;
  score: Score;
  mentionedTaken: string[];
  none: boolean;
  review: Score;
  reviewed: boolean;
};

/**
 * Every statement in a folder of texts that follow real published ones, read as an import
 * would, against its `*.expected.yaml`: the signatories an import would write count; a
 * declaration that waits for review is not written, and its candidates are scored apart.
 */
export function evalRuns(dir: string): EvalRun[] {
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort();
  return files.map((file) => {
    const format = (/\.(html|md)$/.exec(file)?.[1] ?? 'txt') as TextFormat;
    const extraction = extractFromText(readFileSync(join(dir, file), 'utf8'), { file, format });
    const want = expected(dir, file);
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
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

/** The per-file table (+ taken wrongly, - missed, ! mentioned-only taken) and the overall row. */
export function evalTable(runs: EvalRun[]): string {
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
