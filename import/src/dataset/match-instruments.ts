import { catalogueInstrumentId, identifierKey } from '@treatygraph/schema';
import { registryEntries } from '../resolve/registry';
import type { DatasetNote, SourceInstrument } from './dataset';
import type { Props } from './plan-dataset';

/** An instrument already in the graph (or the registry), as matching sees it. */
export type KnownInstrument = {
  id: string;
  name: string;
  shortName?: string;
  adoptedOn?: string;
  identifiers: string[];
};

/** Where a source's instrument goes: an instrument already known, or a new one. */
export type InstrumentMatch = { id: string; known?: KnownInstrument };

export type MatchResult = {
  /** By `identifierKey` of the source's identifier. */
  matches: Map<string, InstrumentMatch>;
  /** Likely but unsure matches, left unmerged for a person to check. */
  reviews: DatasetNote[];
};

const ROMAN = /^(xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** `xi` → `11`: GGO writes "Part 11" where the UN writes "Part XI". */
function arabic(word: string): string {
  if (word === '' || !ROMAN.test(word)) return word;
  let total = 0;
  for (const [i, letter] of [...word].entries()) {
    const value = ROMAN_DIGITS[letter] ?? 0;
    total += value < (ROMAN_DIGITS[word[i + 1] ?? ''] ?? 0) ? -value : value;
  }
  return String(total);
}

/**
 * A title as matching compares it: lower case, accents, bracketed parts (acronyms, notes
 * such as "(deposited in the archives…)") and punctuation dropped, a leading "the" too, and
 * Roman numerals as digits.
 * @example normalizeTitle('Convention On The Rights Of The Child (CRC)') // 'convention on the rights of the child'
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .split(' ')
    .map(arabic)
    .join(' ');
}

// Bilateral titles name the parties with or without "the Government of": no word of the title.
const FILLER = new Set(['government', 'governments']);

const words = (title: string) =>
  new Set(
    normalizeTitle(title)
      .split(' ')
      .filter((w) => !FILLER.has(w)),
  );

/** Share of words two titles have in common (Jaccard). */
export function likeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const common = [...x].filter((w) => y.has(w)).length;
  return common / (x.size + y.size - common);
}

// Titles this alike on the same day may be one instrument written two ways: a person decides.
const UNSURE_LIKENESS = 0.6;

/**
 * Whether every word of one title is in the other, as when one source adds a name or a year
 * ("Vienna Convention for the Protection of the Ozone Layer", "International Convention on
 * Arrest of Ships, 1999"); the shorter needs four words, so that "Agreement" is in no title.
 */
function oneTitleHoldsTheOther(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)].sort((p, q) => p.size - q.size) as [Set<string>, Set<string>];
  return x.size >= 4 && [...x].every((w) => y.has(w));
}

/** Whether two titles likely name one instrument: one holds the other, or they are this alike. */
export function titlesAlike(a: string, b: string): boolean {
  return oneTitleHoldsTheOther(a, b) || likeness(a, b) >= UNSURE_LIKENESS;
}

// The same title within a year is one instrument dated two ways: adopted, or opened for signature.
const SAME_TITLE_DAYS = 366;

const daysApart = (a: string, b: string) =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Matches a source's instruments to known ones: by identifier first (an instrument that
 * already carries it), then, among known instruments with no identifier of the source's
 * catalogue yet, the one with the same normalized title and date of adoption, else the one of
 * the same day whose title holds every word of the other's, else the one of the same title
 * within a year (or undated). A known instrument of the same day with a title nearly alike,
 * or of the same title further apart, is an unsure match: reported for review, and the
 * source's instrument is created apart.
 * New instruments get the id `scheme-slug of the identifier`, made unique.
 */
export function matchInstruments(
  instruments: SourceInstrument[],
  known: KnownInstrument[],
): MatchResult {
  const byIdentifier = new Map<string, KnownInstrument>();
  const byTitleDate = new Map<string, KnownInstrument[]>();
  const byTitle = new Map<string, KnownInstrument[]>();
  const byDate = new Map<string, KnownInstrument[]>();
  const ids = new Set<string>();
  for (const instrument of known) {
    ids.add(instrument.id);
    for (const key of instrument.identifiers) byIdentifier.set(key, instrument);
    for (const title of new Set([instrument.name, instrument.shortName ?? instrument.name])) {
      pushTo(byTitle, normalizeTitle(title), instrument);
      if (instrument.adoptedOn) {
        pushTo(byTitleDate, `${normalizeTitle(title)}|${instrument.adoptedOn}`, instrument);
      }
    }
    if (instrument.adoptedOn) pushTo(byDate, instrument.adoptedOn, instrument);
  }
  const matches = new Map<string, InstrumentMatch>();
  const reviews: DatasetNote[] = [];
  const newId = (instrument: SourceInstrument) => {
    const base = catalogueInstrumentId(instrument.identifier);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  for (const instrument of instruments) {
    const key = identifierKey(instrument.identifier);
    const scheme = `${instrument.identifier.scheme}:`;
    const byKey = byIdentifier.get(key);
    if (byKey) {
      matches.set(key, { id: byKey.id, known: byKey });
      continue;
    }
    const title = normalizeTitle(instrument.name);
    const free = (k: KnownInstrument) => !k.identifiers.some((i) => i.startsWith(scheme));
    const sure = instrument.adoptedOn
      ? [...new Set(byTitleDate.get(`${title}|${instrument.adoptedOn}`) ?? [])].filter(free)
      : [];
    const sameDay = instrument.adoptedOn
      ? (byDate.get(instrument.adoptedOn) ?? []).filter(free)
      : [];
    const holding = sameDay.filter((k) => oneTitleHoldsTheOther(k.name, instrument.name));
    const sameTitle = [...new Set(byTitle.get(title) ?? [])]
      .filter(free)
      .filter(
        (k) =>
          !k.adoptedOn ||
          !instrument.adoptedOn ||
          daysApart(k.adoptedOn, instrument.adoptedOn) <= SAME_TITLE_DAYS,
      );
    const one = [sure, holding, sameTitle].find((list) => list.length === 1)?.[0];
    if (one) {
      matches.set(key, { id: one.id, known: one });
      one.identifiers.push(key);
      continue;
    }
    const unsure = new Set([
      ...sure,
      ...(byTitle.get(title) ?? []),
      ...(instrument.adoptedOn ? (byDate.get(instrument.adoptedOn) ?? []) : []).filter(
        (k) => likeness(k.name, instrument.name) >= UNSURE_LIKENESS,
      ),
    ]);
    const id = newId(instrument);
    matches.set(key, { id });
    for (const k of unsure) {
      reviews.push({
        file: instrument.file,
        line: instrument.line,
        message:
          `${key} "${instrument.name}" (${instrument.adoptedOn ?? 'no date'}) may be ${k.id} ` +
          `"${k.name}" (${k.adoptedOn ?? 'no date'}): not merged, created as ${id}; check them`,
      });
    }
  }
  return { matches, reviews };
}

/** The graph's instruments (by id, as stored) and the registry's not yet stored, for matching. */
export function knownInstruments(stored: Map<string, Props>): KnownInstrument[] {
  const registry = registryEntries('Instrument').filter((e) => !stored.has(String(e.id)));
  return [...stored.values(), ...registry].map((i) => ({
    id: String(i.id),
    name: String(i.name),
    ...(typeof i.shortName === 'string' && { shortName: i.shortName }),
    ...(typeof i.adoptedOn === 'string' && { adoptedOn: i.adoptedOn }),
    identifiers: [
      ...((i.identifiers as string[] | undefined) ?? []),
      ...(typeof i.untcReference === 'string' ? [`untc:${i.untcReference}`] : []),
    ],
  }));
}
