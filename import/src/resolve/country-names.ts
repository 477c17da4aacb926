import isoCountries from 'i18n-iso-countries';
import countries from 'world-countries';
import { countryAliases } from './country-aliases';
import { agreeingName, isLoneAdjective } from './portuguese-names';

/** The languages whose country names running text is matched against. */
export type TextLanguage = 'en' | 'fr' | 'es' | 'de' | 'ru' | 'pt' | 'it';
export const TEXT_LANGUAGES: TextLanguage[] = ['en', 'fr', 'es', 'de', 'ru', 'pt', 'it'];

/** One name of a state as running text may write it. `lang` is absent for hand-kept aliases. */
export type CountryName = { code: string; text: string; lang?: TextLanguage };

// world-countries keys its translations by ISO 639-2.
const WORLD_COUNTRIES_LANGUAGE: Record<Exclude<TextLanguage, 'en'>, string> = {
  fr: 'fra',
  es: 'spa',
  de: 'deu',
  ru: 'rus',
  pt: 'por',
  it: 'ita',
};

type Country = (typeof countries)[number];

function isoNames(alpha2: string, language: string): string[] {
  return isoCountries.getNames(language, { select: 'all' })[alpha2] ?? [];
}

// Two- and three-letter codes are ordinary words in running text ("IN", "US", "CAN"): only the
// curated aliases may add an acronym, and altSpellings only longer ones ("DPRK", "UAE").
function isCode(country: Country, name: string): boolean {
  return name === country.cca2 || name === country.cca3;
}

// "КНР (Китайская Народная Республика)": an acronym and the name it stands for, two names.
function spelledOut(text: string): string[] {
  const m = /^(\p{Lu}{2,6})\s*\((.+)\)$/u.exec(text);
  return m?.[1] && m[2] ? [m[1], m[2]] : [text];
}

// "République du Ghana" is also written "République de Ghana" in West African communiqués.
function withBareDe(text: string): string[] {
  const m =
    /^(République|Royaume|État|Principauté|Sultanat|Émirat)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(\p{Lu}.+)$/u.exec(
      text,
    );
  return m ? [text, `${m[1]} de ${m[2]}`] : [text];
}

function namesOf(country: Country): CountryName[] {
  const code = country.cca3;
  const curated = (countryAliases()[code] ?? []).map((text) => ({ code, text }));
  const english = [
    country.name.common,
    country.name.official,
    ...country.altSpellings.filter(
      (s) =>
        !isCode(country, s) &&
        !ENGLISH_WORDS.has(s.toLowerCase()) &&
        !isLoneAdjective(
          s,
          Object.values(country.translations).map((t) => t.common),
        ),
    ),
    ...isoNames(country.cca2, 'en'),
  ].map((text) => ({ code, text, lang: 'en' as const }));
  const translated = TEXT_LANGUAGES.filter((l) => l !== 'en').flatMap((lang) => {
    const t = country.translations[WORLD_COUNTRIES_LANGUAGE[lang]];
    return [...isoNames(country.cca2, lang), ...(t ? [t.common, t.official] : [])]
      .flatMap(spelledOut)
      .flatMap((text) => (lang === 'fr' ? withBareDe(text) : [text]))
      .map((text) => ({ code, text: lang === 'pt' ? agreeingName(text) : text, lang }));
  });
  return [...curated, ...english, ...translated].filter((n) => !isOrdinaryWord(n.text));
}

// Iceland's own name, folded, is an English word ("Pacific Small Island Developing States"); German
// text keeps it as Iceland's name.
const ENGLISH_WORDS = new Set(['island']);

// Réunion's one-word names are the word for "meeting" in French, Spanish, Portuguese and
// Italian ("Reunión de Ministros", "II Reunião 2+2"): only its longer names ("Île de la
// Réunion") name the territory.
const ORDINARY_WORDS = new Set(['reunion', 'reuniao', 'riunione']);

function isOrdinaryWord(name: string): boolean {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return ORDINARY_WORDS.has(folded);
}

let cached: CountryName[] | undefined;

/**
 * Every name of every gazetteer state in the languages of `TEXT_LANGUAGES`, with the hand-kept
 * aliases of country-aliases.yaml; ISO codes are left out, since they are words in text.
 */
export function countryNames(): CountryName[] {
  cached ??= countries.flatMap(namesOf);
  return cached;
}

let common: Map<string, string> | undefined;

/** The common English name of a gazetteer state, by alpha-3 code. */
export function countryName(code: string): string {
  common ??= new Map(countries.map((c) => [c.cca3, c.name.common]));
  return common.get(code) ?? code;
}

let formal: Set<string> | undefined;

/**
 * The lower-case words of four letters or more a state's formal names add to its common name, in every language of
 * `TEXT_LANGUAGES`: "coopérative", "federativa", "oriental", "föderative", "кооперативная".
 * Between the names of a list they are filler, as "Republic" is.
 */
export function formalNameWords(): Set<string> {
  if (formal) return formal;
  const words = (name: string) => name.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  formal = new Set();
  for (const country of countries) {
    const pairs: [string, string][] = [[country.name.common, country.name.official]];
    for (const lang of TEXT_LANGUAGES) {
      if (lang === 'en') continue;
      const t = country.translations[WORLD_COUNTRIES_LANGUAGE[lang]];
      if (t) pairs.push([t.common, t.official]);
    }
    for (const [common, official] of pairs) {
      const own = new Set(words(common).map((w) => w.toLowerCase()));
      // Capitalized words pass between names anyway; short ones are the text's own ("en", "с").
      const added = words(official).filter((w) => /^\p{Ll}\p{L}{3,}$/u.test(w) && !own.has(w));
      for (const word of added) formal.add(word);
    }
  }
  return formal;
}
