import countries from 'world-countries';
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
const QUALIFIED_AFTER = /^,?\s+(?:of|for|to|de|du|des|del|für|von|der|des)(?![\p{L}])/iu;
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

/**
 * `items` with a state item for each national title of `sentence` that names no state, read as
 * `home`'s where the title may be its own.
 */
export function withOfficeStates(
  items: SentenceItem[],
  sentence: Sentence,
  home: string | null,
): SentenceItem[] {
  const added: SentenceItem[] = [];
  const text = sentence.text;
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    const title = TITLES[m.slice(1).findIndex((g) => g !== undefined)];
    if (!title || QUALIFIED_AFTER.test(text.slice(end))) continue;
    const named = items.some(
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
