import countries from 'world-countries';
import type { TextLanguage } from '../resolve/country-names';
import { stateOfAdjective } from '../resolve/demonyms';
import type { SentenceItem } from './sentence-items';
import type { Sentence } from './sentences';

/**
 * National titles that name no state, as a state's own texts write them: "the Federal Foreign
 * Minister", "le ministre de l'Europe et des Affaires étrangères", "Secretary of State Blinken".
 * Each stands for its state where a list of signers holds it, as "the Foreign Minister of
 * Japan" does. A title several states give (Bundeskanzler) is read as the publisher's own state
 * when that is one of them, else as the first.
 */
const TITLES: { pattern: string; states: string[] }[] = [
  { pattern: 'Federal\\s+Foreign\\s+Minister', states: ['DEU'] },
  { pattern: 'Federal\\s+Chancellor', states: ['DEU', 'AUT'] },
  { pattern: 'Foreign\\s+Secretary', states: ['GBR', 'IND', 'PAK', 'BGD', 'NPL', 'LKA'] },
  { pattern: '(?<!Cardinal\\s)Secretary\\s+of\\s+State', states: ['USA'] },
  { pattern: 'Taoiseach|Tánaiste', states: ['IRL'] },
  {
    pattern:
      'Vorsteher(?:in)?\\s+des\\s+Eidgenössischen\\s+Departements\\s+für\\s+auswärtige\\s+Angelegenheiten',
    states: ['CHE'],
  },
  {
    pattern: 'Bundesaußenminister(?:in)?|Bundesminister(?:in)?\\s+des\\s+Auswärtigen',
    states: ['DEU'],
  },
  { pattern: 'Bundeskanzler(?:in)?', states: ['DEU', 'AUT'] },
  {
    pattern: "ministre\\s+de\\s+l['’]Europe\\s+et\\s+des\\s+Affaires\\s+étrangères",
    states: ['FRA'],
  },
  {
    pattern: 'Ministr[oa]\\s+de\\s+Asuntos\\s+Exteriores,\\s+Unión\\s+Europea\\s+y\\s+Cooperación',
    states: ['ESP'],
  },
  { pattern: 'Госсекретар\\p{L}*|Государственн\\p{L}+\\s+секретар\\p{L}*', states: ['USA'] },
];

// A title that a state's name or adjective qualifies ("of Pakistan", "für Österreich", "US
// Secretary of State", "Indian Foreign Secretary") is read by that name.
// So is one joined by a dash to another office that is ("Secretary of State - Minister of
// Foreign Affairs of the Republic of Kazakhstan").
const QUALIFIED_AFTER =
  /^,?\s+(?:of|for|to|de|du|des|del|für|von|der|des)(?![\p{L}])|^\s*[-–—]\s*(?:Minister|Ministre|Ministro|Minister)(?![\p{L}])/iu;
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+$/u;

const PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${TITLES.map((t) => `(${t.pattern})`).join('|')})(?![\\p{L}])`,
  'giu',
);

// An independent state's country-code domain, and the US government's.
function domainState(url: string): string | undefined {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return undefined;
  if (/\.(?:gov|mil)$/.test(host)) return 'USA';
  const tld = host.slice(host.lastIndexOf('.'));
  const owners = countries.filter((c) => c.independent && c.tld.includes(tld));
  return owners.length === 1 ? owners[0]?.cca3 : undefined;
}

/** The state that publishes a text, by its address, or null when the address does not say. */
export function publisherState(url: string | null): string | null {
  return (url && domainState(url)) ?? null;
}

// "der britische Premierminister", "French President", "le président français", "el canciller
// chileno": a leader's office with the adjective of the state, which stands for it in a list
// ("Bundeskanzler Friedrich Merz, der britische Premierminister Keir Starmer, Frankreichs
// Präsident …") as "the Prime Minister of the United Kingdom" does.
// The holder's name follows: "the Armenian Prime Minister" alone is often another text's signer.
const ADJECTIVE_BEFORE = '(?<adjective>\\p{L}[\\p{L}-]+)\\s+';
const ADJECTIVE_AFTER = '\\s+(?<adjective>\\p{Ll}[\\p{L}-]+)';
const OFFICES_BETWEEN =
  /^\s*(?:,|,?\s*(?:and|und|sowie|et|y|e))\s*(?:(?:the|der|die|den|le|la|el|il|o|a)\s+)?$/iu;
// "el mandatario chileno y anfitrión, Sebastián Piñera": the holder's name, past "and host".
const HOLDER =
  /^(?:\s+(?:y|and|et|e|und)\s+(?:anfitri[oó]n|anfitriã|host|hôte|Gastgeber))?,?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?/u;
const NATIONAL_OFFICES: Partial<Record<TextLanguage, RegExp>> = {
  en: new RegExp(
    `${ADJECTIVE_BEFORE}(?:Prime\\s+Minister|President|Chancellor|Premier|Foreign\\s+Minister)(?![\\p{L}])`,
    'giu',
  ),
  de: new RegExp(
    // "die liechtensteinische Ministerin für Äusseres, …", "der österreichische Bundesminister für
    // europäische und internationale Angelegenheiten, Sebastian Kurz": with the portfolio.
    `${ADJECTIVE_BEFORE}(?:Premierminister|Ministerpräsident|Staatspräsident|Präsident|Regierungschef|Bundesaußenminister|Bundesaussenminister|Außenminister|Aussenminister|Bundesminister|Minister|Kanzler|Staatschef)(?:in)?(?:\\s+für\\s+(?:[\\p{L}-]+\\s+){0,4}?\\p{Lu}[\\p{L}-]+)?(?![\\p{L}])`,
    'gu',
  ),
  fr: new RegExp(
    `(?<![\\p{L}])(?:Premier\\s+ministre|Première\\s+ministre|présidente?|chanceli(?:er|ère)|chef\\s+de\\s+l['’]État|chef\\s+du\\s+gouvernement|ministre\\s+des\\s+Affaires\\s+étrangères|chef\\s+de\\s+la\\s+diplomatie)${ADJECTIVE_AFTER}`,
    'giu',
  ),
  es: new RegExp(
    `(?<![\\p{L}])(?:president[ea](?:\\s+del\\s+Gobierno)?|primer\\s+ministro|primera\\s+ministra|canciller|jef[ea]\\s+de(?:l)?\\s+(?:Estado|Gobierno)|mandatari[oa])${ADJECTIVE_AFTER}`,
    'giu',
  ),
  it: new RegExp(
    `(?<![\\p{L}])(?:presidente|premier|primo\\s+ministro|prima\\s+ministra|cancelliere|ministro\\s+degli\\s+(?:Affari\\s+)?Esteri|capo\\s+dello\\s+Stato|capo\\s+del\\s+governo)${ADJECTIVE_AFTER}`,
    'giu',
  ),
  pt: new RegExp(
    `(?<![\\p{L}])(?:presidente|presidenta|primeiro-ministro|primeira-ministra|chanceler|chefe\\s+de\\s+(?:Estado|Governo))${ADJECTIVE_AFTER}`,
    'giu',
  ),
};

function nationalOffices(
  sentence: string,
  language: TextLanguage,
): { start: number; end: number; code: string }[] {
  const pattern = NATIONAL_OFFICES[language];
  if (!pattern) return [];
  const found = [...sentence.matchAll(pattern)].flatMap((m) => {
    const code = stateOfAdjective(m.groups?.adjective ?? '', language);
    const end = m.index + m[0].length;
    return code ? [{ start: m.index, end, code, holder: HOLDER.test(sentence.slice(end)) }] : [];
  });
  // Or it is one of a list of such offices: "der deutsche Kanzler, der französische Präsident
  // und der britische Premierminister".
  const listed = (a: { end: number } | undefined, b: { start: number } | undefined) =>
    a !== undefined && b !== undefined && OFFICES_BETWEEN.test(sentence.slice(a.end, b.start));
  return found
    .filter((f, i) => f.holder || listed(found[i - 1], f) || listed(f, found[i + 1]))
    .map(({ start, end, code }) => ({ start, end, code }));
}

/**
 * `items` with a state item for each national title of `sentence` that names no state, read as
 * `home`'s where the title may be its own, and for each office a state's adjective qualifies.
 */
export function withOfficeStates(
  items: SentenceItem[],
  sentence: Sentence,
  { home, language }: { home: string | null; language: TextLanguage },
): SentenceItem[] {
  const added: SentenceItem[] = [];
  const text = sentence.text;
  for (const office of nationalOffices(text, language)) {
    if (items.some((i) => i.start < office.end && i.end > office.start)) continue;
    const at = { start: sentence.start + office.start, end: sentence.start + office.end };
    const mention = { kind: 'state' as const, ids: [office.code], first: -1, last: -1, ...at };
    const { start, end } = office;
    added.push({ kind: 'state', start, end, mention, text: text.slice(start, end) });
  }
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    const title = TITLES[m.slice(1).findIndex((g) => g !== undefined)];
    if (!title || QUALIFIED_AFTER.test(text.slice(end))) continue;
    const named = [...items, ...added].some(
      (i) => i.start < end && (i.end > start || /^(?:['’]s)?\s+$/u.test(text.slice(i.end, start))),
    );
    if (named) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const byAdjective = before?.[1] && stateOfAdjective(before[1]);
    const from = byAdjective && before ? start - before[0].length : start;
    const code = byAdjective || (home && title.states.includes(home) ? home : title.states[0]);
    if (!code) continue;
    const at = { start: sentence.start + from, end: sentence.start + end };
    const mention = { kind: 'state' as const, ids: [code], first: -1, last: -1, ...at };
    added.push({ kind: 'state', start: from, end, mention, text: text.slice(from, end) });
  }
  return added.length === 0 ? items : [...items, ...added].sort((a, b) => a.start - b.start);
}
