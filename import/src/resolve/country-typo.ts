import { stateOfCapital } from './capitals';
import { countryNames } from './country-names';
import { stateRows } from './countries';
import { editDistance } from './edit-distance';
import { normalizeName } from './normalize-name';

// Shorter names are too close to each other ("Iran", "Iraq") for one letter to tell.
const MIN_TYPO_LENGTH = 6;

let keys: [string, string][] | undefined;
let known: Set<string> | undefined;
let states: Set<string> | undefined;
// Long texts repeat the same unknown names; each is looked up against every key once.
const typos = new Map<string, string | undefined>();
const MAX_REMEMBERED = 10_000;

// Latin-script names: English, hand-kept aliases and the French, Spanish and German ones.
function typoKeys(): [string, string][] {
  keys ??= countryNames()
    .filter((n) => n.lang !== 'ru')
    .map((n): [string, string] => [normalizeName(n.text), n.code]);
  return keys;
}

// An edit distance is at least the difference in length: only keys that close are compared.
function within(query: string, distance: number, codes?: Set<string>): Set<string> {
  return new Set(
    typoKeys()
      .filter(
        ([key, code]) =>
          Math.abs(key.length - query.length) <= distance &&
          (!codes || codes.has(code)) &&
          editDistance(key, query) === distance,
      )
      .map(([, code]) => code),
  );
}

/**
 * The state a name one letter off one of its names in a language the reader knows stands for
 * ("Kazakstan", "Bangladseh"): one insertion, deletion, substitution or swap of neighbours, in a
 * name of six letters or more, and only when exactly one state is that close. A name one letter
 * off a territory only ("Guyanne", French Guiana's "Guyane") is read as the one UN member or
 * observer two letters off (Guyana), when there is one: a territory signs no statement.
 * @example countryByTypo('Kazakstan') // 'KAZ'
 */
export function countryByTypo(name: string): string | undefined {
  // A capital is no misspelt state: "Vienna" is one letter off Brazil's "Vietnã".
  if (stateOfCapital(name) !== undefined) return undefined;
  const query = normalizeName(name);
  if (typos.has(query)) return typos.get(query);
  if (typos.size >= MAX_REMEMBERED) typos.clear();
  const code = typoOf(query);
  typos.set(query, code);
  return code;
}

function typoOf(query: string): string | undefined {
  if (query.replace(/ /g, '').length < MIN_TYPO_LENGTH) return undefined;
  known ??= new Set(typoKeys().map(([key]) => key));
  if (known.has(query)) return undefined;
  states ??= new Set(
    stateRows()
      .filter((s) => s.unMember !== 'none')
      .map((s) => s.code),
  );
  const codes = within(query, 1);
  const [only] = codes;
  if (only && codes.size === 1 && states.has(only)) return only;
  if (codes.size === 0 || [...codes].some((c) => states?.has(c))) return undefined;
  const members = within(query, 2, states);
  const [member] = members;
  if (member && members.size === 1) return member;
  return only && codes.size === 1 ? only : undefined;
}

let english: Set<string> | undefined;
let byKey: Map<string, Set<string>> | undefined;

/**
 * The state a French, Spanish or German name stands for when the text is in another language
 * ("le Méxique" in English), when it names exactly one state and is no English name or alias.
 * @example countryInOtherLanguage('Méxique') // 'MEX'
 */
export function countryInOtherLanguage(name: string): string | undefined {
  const query = normalizeName(name);
  english ??= new Set(
    countryNames()
      .filter((n) => n.lang === undefined || n.lang === 'en')
      .map((n) => normalizeName(n.text)),
  );
  if (query.replace(/ /g, '').length < MIN_TYPO_LENGTH || english.has(query)) return undefined;
  byKey ??= typoKeys().reduce(
    (map, [key, code]) => map.set(key, (map.get(key) ?? new Set<string>()).add(code)),
    new Map<string, Set<string>>(),
  );
  const codes = byKey.get(query);
  const [only] = codes ?? [];
  return only && codes?.size === 1 ? only : undefined;
}
