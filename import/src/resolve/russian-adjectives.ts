import countries from 'world-countries';
import { countryNames } from './country-names';
import { foldLetters } from './normalize-name';
import { russianStem } from './russian-stem';

// A Russian adjective of nationality is its state's name with "-ск-" (or "-цк-") and a case
// ending: "китайский" (Китай), "российско-" (Россия), "французское" (Франция), "итальянская"
// (Италия), "казахстанский" (Казахстан); a "-стан" name also gives a short one, "узбекский".
const SUFFIX = /(?:с|ц)к$/;
const MIN_SHARED = 4;
// "Индия" has the stem "инд": a stem this short counts only when the adjective keeps it whole.
const MIN_NAME = 3;
// The letters a name may lose before the suffix: "Франция" keeps "франц" in "французский".
const MAX_LOST = 2;

const independent = new Set(countries.filter((c) => c.independent).map((c) => c.cca3));

// Adjectives that do not come from their state's Russian name: "немецкий" (Германия),
// "английский" (Великобритания), "голландский" (Нидерланды), "чешский" (Чехия), "турецкий"
// (Турция), "греческий" (Греция), "шведский", "датский", "финский". Folded as stems are (й is и).
const IRREGULAR: [string, string][] = [
  ['немец', 'DEU'],
  ['англиис', 'GBR'],
  ['шведс', 'SWE'],
  ['датс', 'DNK'],
  ['финс', 'FIN'],
  ['голланд', 'NLD'],
  ['чеш', 'CZE'],
  ['турец', 'TUR'],
  ['гречес', 'GRC'],
];

let stems: [string, Set<string>][] | undefined;

// The stem of every word of an independent state's Russian names ("китай", "америк",
// "саудовск"), with the short form of a "-стан" name, and the states whose names hold it. Stems,
// not words: a genitive inside a formal name ("Папуа-Новой Гвинеи") is the stem of other names.
function nameStems(): [string, Set<string>][] {
  if (stems) return stems;
  const owners = new Map<string, Set<string>>();
  // Russian names and hand-kept aliases: a native name ("Ўзбекистон Республикаси") is no
  // Russian word.
  for (const { code, text, lang } of countryNames()) {
    const russian = lang === 'ru' || (lang === undefined && /[\u0400-\u04ff]/u.test(text));
    if (!independent.has(code) || !russian) continue;
    for (const word of foldLetters(text).split(/[^\p{L}]+/u)) {
      const short = /^(\p{L}{4,}?)и?стан$/u.exec(word)?.[1];
      // A name's own adjective ("Корейская") is kept as its base, as the adjectives read are.
      const forms = [word, ...(short ? [short] : [])].map((w) =>
        russianStem(w).replace(SUFFIX, ''),
      );
      for (const w of forms) {
        if (w.length >= MIN_NAME) owners.set(w, (owners.get(w) ?? new Set()).add(code));
      }
    }
  }
  stems = [...owners];
  return stems;
}

const shared = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};

/**
 * The independent state a Russian adjective of nationality stands for, in any gender, number
 * and case, or as the first part of a compound ("российско-китайское", "американо-"); undefined when it is
 * none or may be two. The adjective keeps all but at most two letters of a word of its state's name.
 * @example russianAdjectiveState('китайское') // 'CHN'
 */
export function russianAdjectiveState(
  adjective: string,
  options: { compoundPart?: boolean } = {},
): string | undefined {
  const stem = russianStem(foldLetters(adjective));
  const irregular = IRREGULAR.find(([start]) => stem.startsWith(start));
  if (irregular && (SUFFIX.test(stem) || options.compoundPart)) return irregular[1];
  // The first part of a compound may be the bare name with "-о": "американо-", "японо-".
  if (!SUFFIX.test(stem) && !options.compoundPart) return undefined;
  const base = stem.replace(SUFFIX, '');
  // The names it keeps most of, by a margin of a letter: "индонезийский" keeps all of
  // "индонез" and only "инд" of "Индия"; "корейский" keeps about as much of either Korea's name.
  const scored = nameStems().flatMap(([name, owners]) => {
    const kept = shared(base, name);
    if (kept < name.length - MAX_LOST || (kept < MIN_SHARED && kept < name.length)) return [];
    return [{ owners, score: kept + (kept === name.length ? 0.5 : 0) }];
  });
  const top = Math.max(...scored.map((x) => x.score));
  const codes = new Set(scored.filter((x) => x.score >= top - 1).flatMap((x) => [...x.owners]));
  const [only] = codes;
  return codes.size === 1 ? only : undefined;
}
