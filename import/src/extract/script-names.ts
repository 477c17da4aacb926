import isoCountries from 'i18n-iso-countries';
import countries from 'world-countries';
import type { ScriptLanguage } from './script-language';

/** A state's name found in text, by offsets into that text. */
export type StateMention = {
  start: number;
  end: number;
  code: string;
  /** An Arabic name written as one word with a preposition ("لقطر", "بمصر"): an object. */
  governed?: boolean;
};

// world-countries keys its translations by ISO 639-2, i18n-iso-countries by ISO 639-1.
const WORLD_COUNTRIES_KEY: Record<ScriptLanguage, string> = { ar: 'ara', zh: 'zho' };

/**
 * Every name the libraries give each state in `language`, by alpha-3 code. A name two states
 * share says nothing of either and is left out.
 */
export function libraryNames(language: ScriptLanguage): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const country of countries) {
    const t = country.translations[WORLD_COUNTRIES_KEY[language]];
    const iso = isoCountries.getNames(language, { select: 'all' })[country.cca2] ?? [];
    for (const name of [...iso, ...(t ? [t.common, t.official] : [])]) {
      const set = owners.get(name) ?? new Set();
      owners.set(name, set.add(country.cca3));
    }
  }
  const names = new Map<string, string>();
  for (const [name, codes] of owners) {
    const [only] = codes;
    if (only && codes.size === 1) names.set(name, only);
  }
  return names;
}
