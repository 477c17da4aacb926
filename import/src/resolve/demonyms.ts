import nationalities from 'i18n-nationality';
import countries from 'world-countries';
import type { TextLanguage } from './country-names';
import { italianForms } from './italian-forms';

const independent = new Map(countries.filter((c) => c.independent).map((c) => [c.cca2, c.cca3]));

// French adjectives agree in gender and number: "allemand", "allemande", "allemands". A final
// accented e is written either way in words taken from other languages: "burkinabé", "burkinabè".
const frenchForms = (word: string) =>
  [
    word,
    ...(/[éè]$/u.test(word) ? [word.slice(0, -1) + (word.endsWith('é') ? 'è' : 'é')] : []),
  ].flatMap((w) => [w, /[sx]$/.test(w) ? w : `${w}s`]);

// German adjectives decline: "deutsch" gives "deutsche", "deutschen", "deutscher", "deutsches".
const germanForms = (stem: string) => ['', 'e', 'en', 'er', 'es', 'em'].map((e) => stem + e);

// Spanish adjectives agree: "argentino" gives "argentina", "argentinos"; "alemán" loses its
// accent before an ending ("alemana", "alemanes"); "estadounidense" gives "estadounidenses".
function spanishForms(word: string): string[] {
  if (/o$/.test(word)) return ['o', 'a', 'os', 'as'].map((e) => word.slice(0, -1) + e);
  if (/e$/.test(word)) return [word, `${word}s`];
  if (/[íú]$/.test(word)) return [word, `${word}es`, `${word}s`];
  const bare = word.replace(
    /([áéíóú])([nsl])$/,
    (_, v: string, c: string) => v.normalize('NFD')[0] + c,
  );
  return [word, `${bare}a`, `${bare}es`, `${bare}as`];
}

// The short adjectives the English press writes where world-countries gives a longer demonym
// ("Kazakhstani", "Uzbekistani", "Saudi Arabian"): "Kazakh Foreign Minister", "Saudi Crown Prince".
const PRESS_ADJECTIVES: [string, string][] = [
  ['Kazakh', 'KAZ'],
  ['Kyrgyz', 'KGZ'],
  ['Kirghiz', 'KGZ'],
  ['Uzbek', 'UZB'],
  ['Tajik', 'TJK'],
  ['Azeri', 'AZE'],
  ['Saudi', 'SAU'],
  ['Lao', 'LAO'],
  ['Laotian', 'LAO'],
  ['Nepali', 'NPL'],
  ['Maldivian', 'MDV'],
  ['Palestinian', 'PSE'],
  ['Argentinian', 'ARG'],
  ['Icelandic', 'ISL'],
  ['Bosnian', 'BIH'],
  ['Slovenian', 'SVN'],
  ['Luxembourgish', 'LUX'],
];

// Every form of each state's adjective in each language, lower-cased but for English, where
// an adjective of nationality is always capitalised ("russian" is no adjective of a state).
function formsByLanguage(): Map<TextLanguage, [string, string][]> {
  const forms = new Map<TextLanguage, [string, string][]>([
    ['en', []],
    ['fr', []],
    ['de', []],
    ['es', []],
    ['it', []],
  ]);
  forms.get('en')?.push(...PRESS_ADJECTIVES);
  for (const country of countries.filter((c) => c.independent)) {
    const { eng, fra } = country.demonyms;
    for (const word of eng ? [eng.m, eng.f] : []) forms.get('en')?.push([word, country.cca3]);
    for (const word of fra ? [fra.m, fra.f] : []) {
      for (const form of frenchForms(word.toLowerCase()))
        forms.get('fr')?.push([form, country.cca3]);
    }
  }
  const inflect: [TextLanguage, (word: string) => string[]][] = [
    ['de', germanForms],
    ['es', spanishForms],
    ['it', italianForms],
  ];
  for (const [language, formsOf] of inflect) {
    for (const [alpha2, word] of Object.entries(nationalities.getNames(language))) {
      const code = independent.get(alpha2);
      // "Kongolesisch (Republik Kongo)": an adjective two states share, told apart in brackets.
      if (!code || /[\s(]/.test(word)) continue;
      for (const form of formsOf(word.toLowerCase())) forms.get(language)?.push([form, code]);
    }
  }
  return forms;
}

let byLanguage: Map<TextLanguage, Map<string, string>> | undefined;

/**
 * The independent state an adjective of nationality stands for in `language` ("Russian",
 * "South Korean"; "allemande", "deutschen", "brasileño"), or undefined when it is unknown or
 * names two states ("Congolese"). English adjectives count only capitalised.
 */
export function stateOfAdjective(
  adjective: string,
  language: TextLanguage = 'en',
): string | undefined {
  if (!byLanguage) {
    byLanguage = new Map();
    for (const [lang, pairs] of formsByLanguage()) {
      const codes = new Map<string, Set<string>>();
      for (const [word, code] of pairs) codes.set(word, (codes.get(word) ?? new Set()).add(code));
      byLanguage.set(
        lang,
        new Map(
          [...codes].flatMap(([word, set]) => (set.size === 1 ? [[word, [...set][0] ?? '']] : [])),
        ),
      );
    }
  }
  const word = language === 'en' ? adjective : adjective.toLowerCase();
  if (language === 'pt') {
    const spanish = byLanguage.get('es');
    return portugueseAsSpanish(word)
      .map((form) => spanish?.get(form))
      .find((code) => code !== undefined);
  }
  return byLanguage.get(language)?.get(word);
}

// Portuguese adjectives of nationality, through the Spanish forms they differ from by an ending:
// "argentino", "brasileiro" (brasileño), "francês" (francés), "alemão" (alemán), "alemã" (alemana).
function portugueseAsSpanish(word: string): string[] {
  return [
    word,
    word.replace(/eir(os?|as?)$/u, 'eñ$1'),
    word.replace(/ês$/u, 'és'),
    word.replace(/ão$/u, 'án'),
    word.replace(/ã(s?)$/u, 'ana$1'),
    word.replace(/ães$/u, 'anes'),
  ];
}
