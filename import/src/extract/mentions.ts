import type { TextLanguage } from '../resolve/country-names';
import { countryNames } from '../resolve/country-names';
import { acronymLetters, nameTrie } from './name-index';
import type { NameKind, NameValue, TrieNode } from './name-index';
import { foldWord } from './tokens';
import type { Token } from './tokens';

/** A name found in text: a state, instrument or organization, or several states if ambiguous. */
export type Mention = {
  kind: NameKind;
  /** One id, or the states an ambiguous name ("Korea") may mean. */
  ids: string[];
  /** Token indexes of the first and last word. */
  first: number;
  last: number;
  start: number;
  end: number;
};

type Walk = { tokens: Token[]; first: number; last: number; crossedComma: boolean };

// A name never runs over a sentence or clause mark; "St." and dotted initials are not one, nor
// Portuguese "S." for São ("S. Tomé e Príncipe"), nor Spanish "R." and "Rep." for República
// ("R. Dominicana").
function breaksName(before: string, previous: Token): boolean {
  if (/[;:!?]/.test(before)) return true;
  return (
    /\.\s/.test(before) &&
    !['saint', 'sainte', 'rep'].includes(previous.norm) &&
    !['S', 'R'].includes(previous.raw)
  );
}

function caseFits(value: NameValue, walk: Walk): boolean {
  const words = walk.tokens.slice(walk.first, walk.last + 1);
  if (value.exact) return acronymLetters(words.map((t) => t.raw).join('')) === value.exact;
  return value.lowerStart === true || words[0]?.capitalized === true;
}

// Hand-kept aliases outrank English names, which outrank translations.
function rank(value: NameValue): number {
  if (value.lang === undefined) return 0;
  return value.lang === 'en' ? 1 : 2;
}

function choose(
  values: NameValue[],
  walk: Walk,
  languages: ReadonlySet<TextLanguage>,
): Pick<Mention, 'kind' | 'ids'> | undefined {
  const usable = values.filter(
    (v) =>
      (v.lang === undefined || languages.has(v.lang)) &&
      !(v.kind === 'state' && walk.crossedComma) &&
      caseFits(v, walk),
  );
  const states = usable.filter((v) => v.kind === 'state');
  if (states.length > 0) {
    const best = Math.min(...states.map(rank));
    const ids = [...new Set(states.filter((v) => rank(v) === best).map((v) => v.id))].sort();
    const only = walk.first === walk.last ? walk.tokens[walk.first] : undefined;
    return { kind: 'state', ids: ids.length > 1 && only ? nearestForms(only, ids) : ids };
  }
  const [entry] = usable;
  return entry && { kind: entry.kind, ids: [entry.id] };
}

let cyrillicNames: Map<string, string[]> | undefined;

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};

// Two states whose Russian names share a stem ("Нигер", "Нигерия"): the case form tells them
// apart by how much of each name it keeps ("Нигерией" keeps "Нигери", "Нигером" all "Нигер").
function nearestForms(token: Token, codes: string[]): string[] {
  if (!/^[\u0400-\u04ff]+$/.test(token.norm)) return codes;
  cyrillicNames ??= countryNames().reduce((byCode, { code, text }) => {
    const word = foldWord(text);
    if (/^[\u0400-\u04ff]+$/.test(word)) byCode.set(code, [...(byCode.get(code) ?? []), word]);
    return byCode;
  }, new Map<string, string[]>());
  // Only one-word names compete: "Корея" is either Korea, whose Russian names are longer.
  if (codes.some((code) => !cyrillicNames?.has(code))) return codes;
  // A name kept whole ("Нигер" in "Нигером") counts half a letter more than a near miss.
  const keeps = (word: string) =>
    commonPrefix(word, token.norm) + (token.norm.startsWith(word) ? 0.5 : 0);
  const kept = (code: string) => Math.max(0, ...(cyrillicNames?.get(code) ?? []).map(keeps));
  const best = Math.max(...codes.map(kept));
  return codes.filter((code) => kept(code) === best);
}

function longestAt(
  tokens: Token[],
  first: number,
  languages: ReadonlySet<TextLanguage>,
): Mention | undefined {
  let node: TrieNode | undefined = nameTrie();
  let found: Mention | undefined;
  let crossedComma = false;
  for (let j = first; j < tokens.length && node; j++) {
    const token = tokens[j];
    const previous = tokens[j - 1];
    if (!token) break;
    if (j > first && previous) {
      if (breaksName(token.before, previous)) break;
      crossedComma ||= token.before.includes(',');
      if (token.norm === 'the') continue;
    }
    node = node.next.get(token.stem);
    const chosen = node && choose(node.values, { tokens, first, last: j, crossedComma }, languages);
    if (chosen) {
      found = { ...chosen, first, last: j, start: tokens[first]?.start ?? 0, end: token.end };
    }
  }
  return found && closeParenthesis(tokens, found);
}

// "Bolivia (Plurinational State of)": a name that opened a parenthesis ends after it.
function closeParenthesis(tokens: Token[], mention: Mention): Mention {
  const inner = tokens.slice(mention.first + 1, mention.last + 1).map((t) => t.before);
  const opened = inner.join('').split('(').length - inner.join('').split(')').length;
  const after = tokens[mention.last + 1]?.before ?? '';
  if (opened > 0 && after.trimStart().startsWith(')')) {
    return { ...mention, end: mention.end + after.indexOf(')') + 1 };
  }
  return mention;
}

let cyrillicStates: [string, string][] | undefined;

// One stem is the other less one vowel ("египет", "египт"); a changed consonant ("лидер",
// "либер") is another word.
function dropsVowel(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  return [...long].some(
    (ch, i) => /[аеиоуыэюяё]/.test(ch) && long.slice(0, i) + long.slice(i + 1) === short,
  );
}

// Russian declension sometimes drops a vowel ("Египет", "Египтом"): one-word Cyrillic names of
// five letters or more also meet a stem that lacks or adds one vowel, when only one state does.
function cyrillicNear(token: Token): Mention | undefined {
  if (!token.capitalized || !/^[\u0400-\u04ff]{5,}$/.test(token.stem)) return undefined;
  cyrillicStates ??= [...nameTrie().next.entries()].flatMap(([word, node]) =>
    /^[\u0400-\u04ff]{5,}$/.test(word)
      ? node.values.filter((v) => v.kind === 'state').map((v): [string, string] => [word, v.id])
      : [],
  );
  const codes = new Set(
    cyrillicStates.filter(([w]) => dropsVowel(w, token.stem)).map(([, code]) => code),
  );
  const [only] = codes;
  if (!only || codes.size > 1) return undefined;
  return { kind: 'state', ids: [only], first: -1, last: -1, start: token.start, end: token.end };
}

/**
 * Every state, instrument and organization named in `tokens`, longest name first, left to
 * right. State names in other languages count only for `languages`; acronyms only in capitals,
 * other names only when they start with a capital.
 */
// State names that are also common given names in the same languages: Spanish and Portuguese
// write Mauritius "Mauricio", as in "Mauricio Macri"; French writes Dominica "Dominique", as in
// "Dominique de Villepin".
const GIVEN_NAMES = new Set(['mauricio', 'mauricia', 'dominique']);
const SURNAME_PARTICLES = new Set([
  'de',
  'da',
  'du',
  'des',
  'dos',
  'van',
  'von',
  'del',
  'della',
  'di',
]);

// "Mauricio Macri", "Dominique de Villepin": a given name before a capitalised surname (or its
// particle) is a person, not a state.
function isPerson(found: Mention, tokens: Token[]): boolean {
  const word = tokens[found.first];
  let next = tokens[found.last + 1];
  if (next && SURNAME_PARTICLES.has(next.norm) && /^\s+$/.test(next.before)) {
    next = tokens[found.last + 2];
  }
  return (
    found.first === found.last &&
    word !== undefined &&
    GIVEN_NAMES.has(word.norm) &&
    next?.capitalized === true &&
    /^\s+$/.test(next.before)
  );
}

export function findMentions(tokens: Token[], languages: ReadonlySet<TextLanguage>): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (!token) break;
    const near = languages.has('ru') ? cyrillicNear(token) : undefined;
    const found = longestAt(tokens, i, languages) ?? (near && { ...near, first: i, last: i });
    if (found && !isPerson(found, tokens)) mentions.push(found);
    i = found ? found.last + 1 : i + 1;
  }
  return mentions;
}
