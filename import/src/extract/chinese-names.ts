import * as OpenCC from 'opencc-js';
import { libraryNames } from './script-names';
import type { StateMention } from './script-names';

// Names the state itself uses in Chinese that the libraries, translating from English, spell
// otherwise: Kyrgyzstan calls itself "吉尔吉斯共和国" (Kyrgyz Republic), not "吉尔吉斯斯坦共和国".
const OFFICIAL_NAMES: [string, string][] = [
  ['吉尔吉斯共和国', 'KGZ'],
  ['吉尔吉斯', 'KGZ'],
];

let names: Map<string, string> | undefined;
let longest = 0;

function dictionary(): Map<string, string> {
  if (names) return names;
  // One-character abbreviations ("中", "美") are words of their own; only whole names count.
  // The libraries write simplified characters; Hong Kong, Taiwan and many wires write
  // traditional ones ("中華人民共和國"), in OpenCC's standard, Taiwan and Hong Kong forms.
  const traditional = (['t', 'tw', 'hk'] as const).map((to) =>
    OpenCC.Converter({ from: 'cn', to }),
  );
  const simplified = [
    ...[...libraryNames('zh')].filter(([name]) => [...name].length >= 2),
    ...OFFICIAL_NAMES,
  ];
  names = new Map(
    simplified.flatMap(([name, code]) =>
      [name, ...traditional.map((t) => t(name))].map((n) => [n, code] as const),
    ),
  );
  // A joint text calls each party its side: "中方" for 中国, "美方" for 美国. Only names of one
  // character and 国 give a side unambiguously; "东方" or "比方" are ordinary words.
  for (const [name, code] of [...names]) {
    if (/^\p{Script=Han}[国國]$/u.test(name)) names.set(`${name.charAt(0)}方`, code);
  }
  longest = Math.max(...[...names.keys()].map((n) => n.length));
  return names;
}

/**
 * The states a Chinese text names, or the sides of a joint text ("中方"). Chinese writes no spaces, so names are found by longest
 * dictionary match from left to right: "中华人民共和国" is China, not the "中国" inside it.
 * @example chineseStates('中国、俄罗斯和印度外长').map((m) => m.code) // ['CHN', 'RUS', 'IND']
 */
export function chineseStates(text: string): StateMention[] {
  const dict = dictionary();
  const found: StateMention[] = [];
  for (let i = 0; i < text.length;) {
    let match: StateMention | undefined;
    for (let n = Math.min(longest, text.length - i); n >= 2 && !match; n--) {
      const code = dict.get(text.slice(i, i + n));
      if (code) match = { start: i, end: i + n, code };
    }
    if (match) found.push(match);
    i = match ? match.end : i + 1;
  }
  return found;
}
