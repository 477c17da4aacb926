import { countryNames } from './country-names';
import { editDistance } from './edit-distance';
import { normalizeName } from './normalize-name';

// Shorter names are too close to each other ("Iran", "Iraq") for one letter to tell.
const MIN_TYPO_LENGTH = 6;

let keys: [string, string][] | undefined;

/**
 * The state a name one letter off an English name or alias stands for ("Kazakstan",
 * "Bangladseh"): one insertion, deletion, substitution or swap of neighbours, in a name of six
 * letters or more, and only when exactly one state is that close.
 * @example countryByTypo('Kazakstan') // 'KAZ'
 */
export function countryByTypo(name: string): string | undefined {
  const query = normalizeName(name);
  if (query.replace(/ /g, '').length < MIN_TYPO_LENGTH) return undefined;
  keys ??= countryNames()
    .filter((n) => n.lang === undefined || n.lang === 'en')
    .map((n): [string, string] => [normalizeName(n.text), n.code]);
  const exact = keys.filter(([key]) => key === query);
  if (exact.length > 0) return undefined;
  const codes = new Set(
    keys.filter(([key]) => editDistance(key, query) === 1).map(([, code]) => code),
  );
  const [only] = codes;
  return only && codes.size === 1 ? only : undefined;
}
