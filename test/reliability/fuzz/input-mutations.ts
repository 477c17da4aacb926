import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { corpusFiles } from '@treatygraph/import';
import fc from 'fast-check';
import { REPO } from '../support/run-script';

/** One file as `importFiles` takes it, and how the fuzzer made it. */
export type FuzzedInput = { name: string; content: string; recipe: string };

const folder = (dir: string) => readdirSync(dir).map((name) => join(dir, name));

/**
 * Real inputs of every kind the importer reads: the corpus documents, the UNTC 2014 status
 * tables (CSV), the saved UNTC status pages (HTML), press texts (txt, md, html) and the seed.
 */
const seeds = [
  ...corpusFiles(),
  ...folder(join(REPO, '../shared/data/untc-2014')).filter((f) => f.endsWith('.csv')),
  ...folder(join(REPO, 'import/fixtures/status')),
  ...folder(join(REPO, 'import/fixtures/text')),
  ...folder(join(REPO, 'import/fixtures/merge')),
  join(REPO, '../shared/seeds/000_9e24b62923abd9c7.txt'),
].map((file) => ({ name: basename(file), content: readFileSync(file, 'utf8') }));

const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    '\u0000',
    '\ud800',
    '\ufeff',
    '\r\n',
    '\t\t\t',
    ',,,,,,',
    '"',
    '30 February 2025',
    '2025-13-45',
    '31 Dec 99999',
    'Atlantis',
    'Republic of Nowhere',
    '<table><tr><td>',
    '</table></html>',
    '<script>alert(1)</script>',
    "' OR 1=1 //",
    '"}) DETACH DELETE n //',
    '— – “ ” ‘ ’',
    'Беларусь, Россия и Китай',
  ),
  fc.string({ unit: 'binary', maxLength: 64 }),
  // Kept near 50 kB: one case of 20,000 (a CSV) took 27 s, noted in test/RELIABILITY.md.
  fc.nat({ max: 5_000 }).map((n) => 'Belarus, '.repeat(1_000 + n)),
  // Kept under 3,000 levels: node-html-parser repairs unclosed tags in quadratic time (8,000
  // took seconds, 22,000 a minute), a limit of the library noted in test/RELIABILITY.md.
  fc.nat({ max: 1_000 }).map((n) => `${'<div>'.repeat(2_000 + n)}x`),
);

type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace-line'; line: number; text: string }
  | { kind: 'duplicate-line'; line: number; times: number }
  | { kind: 'drop-line'; line: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: hostileText }),
  fc.record({ kind: fc.constant('replace-line' as const), line: fc.nat(), text: hostileText }),
  fc.record({
    kind: fc.constant('duplicate-line' as const),
    line: fc.nat(),
    times: fc.integer({ min: 1, max: 2_000 }),
  }),
  fc.record({ kind: fc.constant('drop-line' as const), line: fc.nat() }),
);

function applyEdit(content: string, e: Edit): string {
  if (e.kind === 'truncate') return content.slice(0, e.at % (content.length + 1));
  if (e.kind === 'insert') {
    const at = e.at % (content.length + 1);
    return `${content.slice(0, at)}${e.text}${content.slice(at)}`;
  }
  const lines = content.split('\n');
  const at = e.line % lines.length;
  if (e.kind === 'replace-line') lines[at] = e.text;
  else if (e.kind === 'drop-line') lines.splice(at, 1);
  else {
    // Capped at 100 kB: the text extractor reads about 60 kB/s, and far slower when HTML
    // folds everything onto one line (150 kB took 18 s; see test/RELIABILITY.md).
    const line = lines[at] ?? '';
    const times = Math.min(e.times, Math.floor(100_000 / (line.length + 1)));
    lines.splice(at, 0, ...Array<string>(times).fill(line));
  }
  return lines.join('\n');
}

const EXTENSIONS = ['.yaml', '.yml', '.json', '.csv', '.txt', '.md', '.html', '.htm', '.pdf', ''];

/**
 * Real inputs damaged by a few edits (truncation, garbage, broken dates, unknown names, huge
 * repeats, lines dropped or duplicated), sometimes under the wrong extension.
 */
export const fuzzedInput: fc.Arbitrary<FuzzedInput> = fc
  .record({
    seed: fc.nat({ max: seeds.length - 1 }),
    edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
    rename: fc.option(fc.constantFrom(...EXTENSIONS), { freq: 8 }),
  })
  .map(({ seed, edits, rename }) => {
    const { name, content } = seeds[seed] ?? { name: 'none.txt', content: '' };
    const renamed = rename === null ? name : `${basename(name, extname(name))}${rename}`;
    const recipe = JSON.stringify({ seed: name, edits, rename }).slice(0, 600);
    return { name: renamed, content: edits.reduce(applyEdit, content), recipe };
  });

/** The seeds as they are, for a baseline. */
export function seedInputs(): { name: string; content: string }[] {
  return seeds;
}
