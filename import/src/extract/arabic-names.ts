import { libraryNames } from './script-names';
import type { StateMention } from './script-names';

// Spellings of one letter that texts use interchangeably: hamza seats of alif, tā' marbūṭa and
// hā', alif maqṣūra and yā', and the Persian yā' and kāf some pages carry ("الأمریكیة"). Each is
// one character for one, so offsets hold.
const LETTER = new Map(
  Object.entries({ أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ی: 'ي', ک: 'ك' }),
);
// Short vowels, shadda, sukun and the tatweel, which pointed text writes ("سلطنة عُمان"): no
// part of a name's spelling.
const MARKS = /[\p{Mn}\u0640]/gu;
export const foldArabic = (text: string) =>
  text.replace(MARKS, '').replace(/[أإآٱةىیک]/g, (c) => LETTER.get(c) ?? c);

// Clitics written as one word with the name: the conjunctions و/ف, then the prepositions ب/ل/ك;
// ل before the article drops its alif ("للأردن"). The article itself stays: a name that takes
// none is another word with it ("مالي" is Mali, "المالي" financial).
function wordForms(word: string): Map<string, boolean> {
  const folded = foldArabic(word);
  // Each form, and whether a preposition was taken off to reach it.
  const forms = new Map([[folded, false]]);
  for (const form of /^[وف]/.test(folded) ? [folded, folded.slice(1)] : [folded]) {
    if (!forms.has(form)) forms.set(form, false);
    if (form.startsWith('لل')) forms.set(`ا${form.slice(1)}`, true);
    else if (/^[بلك]/.test(form)) forms.set(form.slice(1), true);
  }
  return new Map([...forms].filter(([f]) => f.length >= 2));
}

// The state-type noun an official name may put before the common one ("جمهورية تركيا",
// "دولة قطر", "سلطنة عمان"), where the library spells the official name otherwise.
const STATE_NOUNS = ['جمهورية', 'دولة', 'المملكة', 'مملكة', 'سلطنة', 'إمارة'];

// Official names the states' own texts use that the libraries word otherwise: Algeria puts
// "الجزائرية" before its form of state, the Comoros' older name is a "united republic", Iran and
// Russia are named by adjective.
const OFFICIAL_NAMES: [string, string][] = [
  ['الجمهورية الجزائرية الديمقراطية الشعبية', 'DZA'],
  ['جمهورية الجزائر الديمقراطية الشعبية', 'DZA'],
  ['جمهورية القمر المتحدة', 'COM'],
  ['جمهورية جزر القمر المتحدة', 'COM'],
  // The Levant's spelling of "American".
  ['الولايات المتحدة الأميركية', 'USA'],
  // Adjective forms of state: "the Islamic Iranian Republic", "the Russian Federation".
  ['الجمهورية الإسلامية الإيرانية', 'IRN'],
  ['الاتحاد الروسي', 'RUS'],
  ['روسيا الاتحادية', 'RUS'],
  ['الجمهورية القبرصية', 'CYP'],
  // Common names the libraries give only with the form of state or another spelling.
  ['أفريقيا الوسطى', 'CAF'],
  ['الكونغو الديمقراطية', 'COD'],
  ['إسواتيني', 'SWZ'],
  ['استواتيني', 'SWZ'],
  ['إيسواتيني', 'SWZ'],
  ['كوت ديفوار', 'CIV'],
  ['ساو تومي وبرينسيبي', 'STP'],
  ['ساو تومي وبرانسيب', 'STP'],
  ['أنتيغوا وبربودا', 'ATG'],
  ['ملاوي', 'MWI'],
  ['بربادوس', 'BRB'],
  ['نيوزيلاندا', 'NZL'],
  ['بنجلاديش', 'BGD'],
  ['بنغلادش', 'BGD'],
  // Egypt's press writes the Gambia with ج and Syria with tā' marbūṭa.
  ['جامبيا', 'GMB'],
  ['سورية', 'SYR'],
  ['موزامبيق', 'MOZ'],
  ['نيوزلندا', 'NZL'],
  // The press's everyday names of the United Kingdom and the United States.
  ['بريطانيا', 'GBR'],
  ['بريطانيا العظمى', 'GBR'],
  ['أمريكا', 'USA'],
  ['أميركا', 'USA'],
];

// Regions whose names begin with a state's everyday name: no state ("أمريكا اللاتينية").
const NO_STATE = '-';
const REGIONS = ['اللاتينية', 'الشمالية', 'الجنوبية', 'الوسطى'].flatMap((region) =>
  ['أمريكا', 'أميركا'].map((name): [string, string] => [`${name} ${region}`, NO_STATE]),
);

type Trie = { next: Map<string, Trie>; code?: string };

let trie: Trie | undefined;

function nameTrie(): Trie {
  if (trie) return trie;
  const root: Trie = { next: new Map() };
  const add = (name: string, code: string) => {
    let node = root;
    for (const word of name.split(/\s+/).filter(Boolean)) {
      const key = foldArabic(word);
      const child = node.next.get(key) ?? { next: new Map() };
      node.next.set(key, child);
      node = child;
    }
    node.code ??= code;
  };
  const names = libraryNames('ar');
  for (const [name, code] of [...OFFICIAL_NAMES, ...REGIONS, ...names]) add(name, code);
  for (const [name, code] of names) {
    for (const noun of STATE_NOUNS) add(`${noun} ${name}`, code);
  }
  trie = root;
  return root;
}

const AMMAN = /^[وفبل]?عم\u0651ان$/u;

// A word with the marks of pointed text inside it.
const WORD = /[\u0621-\u064a\u0671-\u06d3][\u0621-\u0652\u0670-\u06d3]*/gu;

/**
 * The states an Arabic text names, longest name first, with a glued conjunction, preposition or
 * article inside the mention ("والمملكة الأردنية الهاشمية" is one).
 * @example arabicStates('أصدرت مصر والأردن بياناً').map((m) => m.code) // ['EGY', 'JOR']
 */
export function arabicStates(text: string): StateMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    forms: wordForms(m[0]),
  }));
  const found: StateMention[] = [];
  type Match = { end: number; code: string; next: number; governed: boolean };
  // The longest name from word i on, walking the trie word by word.
  // From word `i` (whose clitics say whether a preposition governs the name), now at word `j`.
  const walk = (node: Trie, at: { i: number; j: number; governed: boolean }): Match | undefined => {
    const { i, j, governed } = at;
    const word = words[j];
    const here =
      node.code && j > i
        ? { end: words[j - 1]?.end ?? 0, code: node.code, next: j, governed }
        : undefined;
    // "ساو تومي- وبرانسيب", "أنتيغوا-وبربودا": a hyphen may join a name's words.
    if (!word || (j > i && /[^\s-]/u.test(text.slice(words[j - 1]?.end, word.start)))) return here;
    // Only the first word of a name takes clitics.
    const forms: [string, boolean][] =
      j === i ? [...word.forms] : [[foldArabic(text.slice(word.start, word.end)), governed]];
    let best = here;
    for (const [form, prefixed] of forms) {
      const child = node.next.get(form);
      const longer = child && walk(child, { i, j: j + 1, governed: prefixed });
      if (longer && (!best || longer.next > best.next)) best = longer;
    }
    return best;
  };
  for (let i = 0; i < words.length;) {
    const best = walk(nameTrie(), { i, j: i, governed: false });
    // "القاهرة وعمّان وبغداد": Amman, with its shadda, is Jordan's capital, not Oman.
    const amman = best?.code === 'OMN' && AMMAN.test(text.slice(words[i]?.start, best.end));
    if (best && best.code !== NO_STATE && !amman) {
      const mention = { start: words[i]?.start ?? 0, end: best.end, code: best.code };
      found.push(best.governed ? { ...mention, governed: true } : mention);
    }
    i = best ? best.next : i + 1;
  }
  return found;
}
