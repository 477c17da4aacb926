import { foldArabic } from './arabic-names';
import { libraryNames } from './script-names';
import type { StateMention } from './script-names';

// A nisba adjective alone is ambiguous ("المالي" is financial, "العربي" no one state), but after
// the title of a head of state, government or foreign ministry it names that office's state:
// "الرئيس المصري", "رئيس الوزراء العراقي", "وزير الخارجية الأردني".
const TITLE =
  '(?:الرئيس|رئيس\\s+(?:الوزراء|الحكومة|الجمهورية)|العاهل|الملك|ولي\\s+العهد|وزير\\s+الخارجية|وزيرة\\s+الخارجية)';
const OFFICE = new RegExp(
  `(?<![\\u0621-\\u064a])([وف]?)${TITLE}\\s+(ال[\\u0621-\\u064a]+?ي)(?:ة)?(?![\\u0621-\\u064a])`,
  'gu',
);
// The holder's name follows the office: up to three words, ending before a conjunction, a
// statement or punctuation.
const HOLDER = /^(?:\s+(?![وف]|بيان)[\u0621-\u064a]+){0,3}/u;

let nisbas: Map<string, string> | undefined;

const EXTRA_NISBAS: [string, string][] = [
  ['امريكي', 'USA'],
  ['اميركي', 'USA'],
  ['بريطاني', 'GBR'],
];

// A state's nisba is its one-word name without the article or a final ا, ة or ية, with ي added
// ("مصر" → "مصري", "السعودية" → "سعودي", "سوريا" → "سوري"); one two states share is left out.
function nisbaStates(): Map<string, string> {
  if (nisbas) return nisbas;
  const owners = new Map<string, Set<string>>();
  for (const [name, code] of libraryNames('ar')) {
    if (/\s/u.test(name)) continue;
    const stem = foldArabic(name)
      .replace(/^ال/u, '')
      .replace(/(?:يه|ا|ه)$/u, '');
    if (stem.length < 2) continue;
    owners.set(`${stem}ي`, (owners.get(`${stem}ي`) ?? new Set()).add(code));
  }
  nisbas = new Map([
    ...[...owners].flatMap(([n, codes]) =>
      codes.size === 1 ? [[n, [...codes][0] ?? ''] as const] : [],
    ),
    // States whose names are of several words have a nisba of their own.
    ...EXTRA_NISBAS,
  ]);
  return nisbas;
}

/**
 * The states an Arabic text names by an office and its nisba, each mention running from the
 * office (with a glued conjunction) over its holder's name.
 * @example arabicOfficeStates('والرئيس المصري عبدالفتاح السيسي').map((m) => m.code) // ['EGY']
 */
export function arabicOfficeStates(text: string): StateMention[] {
  const found: StateMention[] = [];
  for (const m of text.matchAll(OFFICE)) {
    const code = nisbaStates().get(foldArabic(m[2] ?? '').replace(/^ال/u, ''));
    if (!code) continue;
    const end = m.index + m[0].length;
    const holder = HOLDER.exec(text.slice(end))?.[0] ?? '';
    found.push({ start: m.index, end: end + holder.length, code });
  }
  return found;
}
