import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { corpusFiles } from '@treatygraph/import';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';

/** One fuzzed import document: its text, the name it is read under, and how it was made. */
export type FuzzedDocument = { file: string; text: string; recipe: string };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const corpus = corpusFiles().map((file) => ({
  name: basename(file),
  text: readFileSync(file, 'utf8'),
  value: parse(readFileSync(file, 'utf8')) as Json,
}));

/** Every path in a value, containers included, so a mutation can land anywhere. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

// Values that break one field's type, pattern or meaning in a way a real input might.
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1e308,
    Number.MIN_SAFE_INTEGER - 2,
    '',
    ' ',
    '2025-02-30',
    '2025-13-01',
    '30/07/2025',
    '0000-00-00',
    'not a date',
    'Atlantis',
    'XXX',
    'untok',
    'SIGNED',
    'treatygraph/2',
    "' OR 1=1 //",
    '"}) DETACH DELETE n //',
    '\u0000',
    '\ud800',
    '<script>alert(1)</script>',
    [],
    {},
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  // Giant strings are built, not generated: fast-check would spend seconds on each.
  fc.nat({ max: 100_000 }).map((n) => 'é'.repeat(50_000 + n)),
  fc.constant('x'.repeat(200_000)),
  fc.integer({ min: 1, max: 300 }).map((depth) => {
    let nested: Json = 'deep';
    for (let i = 0; i < depth; i += 1) nested = i % 2 ? [nested] : { a: nested };
    return nested;
  }),
);

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'add'; at: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('id', 'from', 'to', 'type', 'extra', '__proto__'), fc.string()),
    value: hostileValue,
  }),
);

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let parent = root;
  for (const segment of path.slice(0, -1)) {
    parent = (parent as Record<string | number, Json>)[segment] as Json;
  }
  return { parent, key: path[path.length - 1] as string | number };
}

function apply(root: Json, m: Mutation): Json {
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length] ?? [];
  const located = parentOf(root, path);
  if (!located) return m.kind === 'replace' ? m.value : root;
  const { parent, key } = located;
  const container = parent as Record<string | number, Json>;
  const current = container[key] as Json;
  if (m.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete container[key];
  } else if (m.kind === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
    else container[`${key}`] = structuredClone(current);
  } else if (m.kind === 'replace') container[key] = m.value;
  else if (current && typeof current === 'object' && !Array.isArray(current)) {
    // defineProperty so '__proto__' becomes a real key; configurable so a later drop can delete it.
    Object.defineProperty(current, m.key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else container[key] = { [m.key]: m.value };
  return root;
}

// Damage to the text itself: cut short, garbage spliced in, a line swapped for another's.
type TextDamage =
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; bytes: string }
  | { kind: 'swap-lines'; a: number; b: number };

const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }),
      fc.constantFrom('\t', ':', '- ', '&a ', '*a', '!!binary ', '{', ']', '"', "'", '#', '\r'),
    ),
  }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
);

function damage(text: string, d: TextDamage): string {
  if (d.kind === 'truncate') return text.slice(0, d.at % (text.length + 1));
  if (d.kind === 'splice') {
    const at = d.at % (text.length + 1);
    return `${text.slice(0, at)}${d.bytes}${text.slice(at)}`;
  }
  const lines = text.split('\n');
  const a = d.a % lines.length;
  const b = d.b % lines.length;
  [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
  return lines.join('\n');
}

/**
 * Import documents made from the bundled corpus: value mutations (dropped, duplicated,
 * retyped and added fields), then printed as YAML or JSON, then optionally damaged as text.
 */
export const fuzzedDocument: fc.Arbitrary<FuzzedDocument> = fc
  .record({
    source: fc.nat({ max: corpus.length - 1 }),
    mutations: fc.array(mutation, { maxLength: 4 }),
    asJson: fc.boolean(),
    damage: fc.option(textDamage, { freq: 3 }),
  })
  .map(({ source, mutations, asJson, damage: d }) => {
    const { name, value } = corpus[source] ?? { name: '', value: null };
    const mutated = mutations.reduce((v, m) => apply(v, m), structuredClone(value));
    const printed = asJson ? JSON.stringify(mutated, null, 1) : stringify(mutated);
    const text = d ? damage(printed, d) : printed;
    const file = name.replace(/\.ya?ml$/, asJson ? '.json' : '.yaml');
    const recipe = JSON.stringify({ source: name, mutations, asJson, damage: d }).slice(0, 500);
    return { file, text: text ?? '', recipe };
  });

/** Whole texts that are not documents at all: garbage, empty, hostile YAML constructs. */
export const garbageDocument: fc.Arbitrary<FuzzedDocument> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 2_000 }),
    fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
    fc.constantFrom(
      '',
      '\ufeff',
      '---\n---\n',
      'format: treatygraph/1\n'.repeat(3),
      `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      `${'- '.repeat(5_000)}x`,
      // A "billion laughs" alias expansion.
      ['a: &a ["x","x","x","x","x","x","x","x","x"]']
        .concat(
          'bcdefghi'
            .split('')
            .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
        )
        .join('\n'),
      '!!js/function "function(){}"',
      'format: !!binary aGVsbG8=',
      '{"format":"treatygraph/1","nodes":{"State":[{"code":"AAA"}]},"relationships":[]}',
    ),
  )
  .map((text) => ({ file: 'garbage.yaml', text, recipe: JSON.stringify(text.slice(0, 200)) }));

/** The corpus documents as they ship, for tests that need a valid baseline. */
export function corpusTexts(): { file: string; text: string }[] {
  return corpus.map(({ name, text }) => ({ file: name, text }));
}
