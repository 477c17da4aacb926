import { stateOfCapital } from '../resolve/capitals';
import type { EvidenceAt, Signers } from './collect-signers';
import { addState } from './collect-signers';

const E = '(?![\\p{L}])';
const W = '(?<![\\p{L}])';
const CAPITAL = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}";

// "Paris, Berlin and London said in a joint statement", "Moscow and Beijing issued a joint
// statement": capitals that open a sentence stand for their states when they sign or speak in a
// joint text. Anywhere else a capital is a place ("talks in Paris and Berlin").
const OPENING = new RegExp(
  `^(?:[^\\n]{0,60}?\\s[-–—]\\s+)?(?<list>${CAPITAL}(?:\\s*,\\s*${CAPITAL})*,?\\s+and\\s+${CAPITAL})(?=\\s+(?:have\\s+|had\\s+)?(?:also\\s+|jointly\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:(?:signed|adopted|issued|released|endorsed|agreed\\s+on)${E}|(?:said|stated|declared|announced|warned|urged|called)${E}[^.;]{0,40}?${W}(?:joint\\s+)?(?:statement|declaration|communiqu[eé])${E}))`,
  'u',
);

/** Adds the states of a list of capitals that opens a sentence about a joint text. */
export function collectCapitalSigners(found: Signers, sentence: string, at: EvidenceAt): void {
  const m = OPENING.exec(sentence);
  const list = m?.groups?.list;
  if (!m || !list) return;
  const from = m.index + m[0].indexOf(list);
  const names = [...list.matchAll(new RegExp(CAPITAL, 'gu'))].map((n) => ({
    text: n[0],
    start: from + n.index,
    code: stateOfCapital(n[0]),
  }));
  // Every name a capital, of as many states: else the list is of places or people.
  const codes = new Set(names.map((n) => n.code));
  if (names.length < 2 || codes.has(undefined) || codes.size < names.length) return;
  for (const n of names) if (n.code) addState(found, n.code, at(n.start, n.start + n.text.length));
}
