import isoCountries from 'i18n-iso-countries';
import countries from 'world-countries';
import { countryAliases } from './country-aliases';
import { closest, typoDistance } from './edit-distance';
import { nameKeys, normalizeName } from './normalize-name';
import { unRegion } from './un-regions';

/** A State node row: every property the model gives a state. */
export type StateRow = {
  code: string;
  name: string;
  officialName: string;
  aliases: string[];
  region?: string;
  subregion?: string;
  unMember: 'member' | 'observer' | 'none';
  latitude: number;
  longitude: number;
};

export type CountryResolution = { code: string } | { candidates: string[] };

type Country = (typeof countries)[number];

// i18n-iso-countries names in the six UN languages plus German, the languages statements cite in.
const NAME_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'de'];

// world-countries marks Vatican City a UN member; the Holy See and the State of Palestine are
// the General Assembly's two non-member observer states.
const UN_OBSERVER_STATES = new Set(['VAT', 'PSE']);

function unMembership(country: Country): StateRow['unMember'] {
  if (UN_OBSERVER_STATES.has(country.cca3)) return 'observer';
  return country.unMember ? 'member' : 'none';
}

function isoNames(alpha2: string, language: string): string[] {
  const names = isoCountries.getNames(language, { select: 'all' })[alpha2];
  return names ?? [];
}

/** Names by rank: hand-kept aliases and codes, then English, then other languages. */
function rankedNames(country: Country): [string[], string[], string[]] {
  const curated = [country.cca3, country.cca2, ...(countryAliases()[country.cca3] ?? [])];
  const english = [
    country.name.common,
    country.name.official,
    ...country.altSpellings.filter((s) => s !== country.cca2),
    ...isoNames(country.cca2, 'en'),
  ];
  const translated = [
    ...NAME_LANGUAGES.filter((l) => l !== 'en').flatMap((l) => isoNames(country.cca2, l)),
    ...Object.values(country.translations).flatMap((t) => [t.common, t.official]),
    ...Object.values(country.name.native ?? {}).flatMap((t) => [t.common, t.official]),
  ];
  return [curated, english, translated];
}

function uniqueAliases(country: Country): string[] {
  const [curated, english, translated] = rankedNames(country);
  const seen = new Set([country.name.common.toLowerCase(), country.cca3.toLowerCase()]);
  const aliases: string[] = [];
  for (const alias of [...curated.slice(2), ...english, ...translated]) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}

function toStateRow(country: Country): StateRow {
  const [latitude, longitude] = country.latlng;
  return {
    code: country.cca3,
    name: country.name.common,
    officialName: country.name.official,
    aliases: uniqueAliases(country),
    ...unRegion(country.cca3),
    unMember: unMembership(country),
    latitude,
    longitude,
  };
}

let rows: StateRow[] | undefined;

/**
 * The gazetteer: every ISO 3166-1 entity (and Kosovo, as world-countries' `UNK`) as a State
 * row, sorted by code.
 * @example stateRows().find((s) => s.code === 'LAO')?.name // 'Laos'
 */
export function stateRows(): StateRow[] {
  rows ??= countries.map(toStateRow).sort((a, b) => a.code.localeCompare(b.code));
  return rows;
}

type NameIndex = { tiers: Map<string, Set<string>>[]; names: Map<string, string> };
let index: NameIndex | undefined;

function nameIndex(): NameIndex {
  if (index) return index;
  const tiers = [0, 1, 2].map(() => new Map<string, Set<string>>());
  for (const country of countries) {
    rankedNames(country).forEach((names, rank) => {
      const tier = tiers[rank];
      for (const key of names.flatMap(nameKeys)) {
        const codes = tier?.get(key) ?? new Set<string>();
        tier?.set(key, codes.add(country.cca3));
      }
    });
  }
  const names = new Map(countries.map((c) => [c.cca3, c.name.common]));
  index = { tiers, names };
  return index;
}

/**
 * The ISO 3166-1 alpha-3 code a state's name stands for. Case, accents, punctuation, "the",
 * "St." and UN-style inversions do not matter; a hand-kept alias or English name wins over a
 * translation. An ambiguous name ("Korea") gives the states it may mean; an unknown one the
 * names it may be a misspelling of (none when nothing is close: "European Union").
 * @example resolveCountry("Lao People's Democratic Republic") // { code: 'LAO' }
 * @example resolveCountry('Korea') // { candidates: ['North Korea', 'South Korea'] }
 */
export function resolveCountry(name: string): CountryResolution {
  const known = resolutions.get(name);
  if (known) return known;
  if (resolutions.size >= MAX_REMEMBERED) resolutions.clear();
  const resolution = resolveUncached(name);
  resolutions.set(name, resolution);
  return resolution;
}

// Long texts name the same states and unknown words again and again; the near-name search
// behind an unknown one compares it with every name, so each answer is kept.
const resolutions = new Map<string, CountryResolution>();
const MAX_REMEMBERED = 10_000;

function resolveUncached(name: string): CountryResolution {
  const { tiers, names } = nameIndex();
  const keys = nameKeys(name);
  for (const tier of tiers) {
    const codes = new Set(keys.flatMap((key) => [...(tier.get(key) ?? [])]));
    const [only] = codes;
    if (only && codes.size === 1) return { code: only };
    if (codes.size > 1) {
      return { candidates: [...codes].map((c) => names.get(c) ?? c).sort() };
    }
  }
  const entries = tiers.flatMap((tier) =>
    [...tier.entries()].flatMap(([key, codes]) =>
      [...codes].map((code) => [key, names.get(code) ?? code] as const),
    ),
  );
  const query = normalizeName(name);
  return { candidates: closest(query, entries, { maxDistance: typoDistance(query) }) };
}
