import * as OpenCC from 'opencc-js';
import { libraryNames } from './script-names';
import type { StateMention } from './script-names';

// Names the state itself uses in Chinese that the libraries, translating from English, spell
// otherwise: Kyrgyzstan calls itself "吉尔吉斯共和国" (Kyrgyz Republic), not "吉尔吉斯斯坦共和国".
// Short names the press writes that the libraries lack: "中国、沙特和伊朗".
const OFFICIAL_NAMES: [string, string][] = [
  ['吉尔吉斯共和国', 'KGZ'],
  ['吉尔吉斯', 'KGZ'],
  ['沙特', 'SAU'],
  ['澳洲', 'AUS'],
  ['俄国', 'RUS'],
  // Taiwan's own forms that OpenCC's phrase table lacks or gives otherwise ("馬裡").
  ['馬利', 'MLI'],
  ['馬爾他', 'MLT'],
  // Eswatini, as Taiwan, its ally, writes it; and its Caribbean allies' short names.
  ['史瓦帝尼', 'SWZ'],
  ['波士尼亞與赫塞哥維納', 'BIH'],
  // Taiwan's names in simplified characters, as overseas Chinese papers print them.
  ['波士尼亚', 'BIH'],
  ['纽西兰', 'NZL'],
  ['圣文森', 'VCT'],
  ['圣克里斯多福', 'KNA'],
  // The United Arab Emirates, as Taiwan's press shortens "阿拉伯聯合大公國".
  ['阿联', 'ARE'],
  ['阿拉伯联合大公国', 'ARE'],
  // Taiwan and Hong Kong write South Korea as "the south" (North Korea's "北韩" is no name
  // alone: "南北韩" is both).
  ['南韩', 'KOR'],
  // Malaysian and Singaporean papers drop "斯坦" from Central Asian names, and write Laos as
  // Taiwan does ("哈萨克、寮国、乌兹别克").
  ['哈萨克', 'KAZ'],
  ['乌兹别克', 'UZB'],
  ['寮国', 'LAO'],
];

let traditional: ((text: string) => string)[] | undefined;

/**
 * A name in simplified characters and in the traditional ones Hong Kong, Taiwan and many wires
 * write ("中華人民共和國"): OpenCC's standard, Taiwan and Hong Kong forms, and Taiwan's own
 * names ("義大利", "紐西蘭", "沙烏地阿拉伯" for 意大利, 新西兰, 沙特阿拉伯), and 里 as 裡, each once.
 */
export function withTraditional(name: string): string[] {
  traditional ??= (['t', 'tw', 'hk', 'twp'] as const).map((to) =>
    OpenCC.Converter({ from: 'cn', to }),
  );
  const forms = [name, ...traditional.map((t) => t(name))];
  // Machine-converted copy writes 里 as 裡 in names too ("厄立特裡亞", "索馬裡").
  return [...new Set([...forms, ...forms.map((f) => f.replace(/里/gu, '裡'))])];
}

/** A table of characters with each character's traditional forms as keys too. */
function inTraditionalToo<T>(table: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(table).flatMap(([c, v]) => withTraditional(c).map((t) => [t, v] as const)),
  );
}

// One-character abbreviations the press strings together for the parties of a meeting or text
// ("中俄伊北京会晤", "美日韩外长", "中沙伊三方联合声明", "美英法等43國"). Only characters that
// stand for one state in such strings: "巴" (Pakistan, Brazil) or "乌" (Ukraine, Uzbekistan) are
// left out. Their traditional forms ("韓", "緬", "烏") count too.
const SIMPLIFIED_ABBREVIATIONS: Record<string, string> = {
  中: 'CHN',
  美: 'USA',
  俄: 'RUS',
  日: 'JPN',
  韩: 'KOR',
  朝: 'PRK',
  英: 'GBR',
  法: 'FRA',
  德: 'DEU',
  意: 'ITA',
  印: 'IND',
  沙: 'SAU',
  伊: 'IRN',
  澳: 'AUS',
  加: 'CAN',
  越: 'VNM',
  老: 'LAO',
  柬: 'KHM',
  泰: 'THA',
  缅: 'MMR',
  蒙: 'MNG',
  哈: 'KAZ',
  吉: 'KGZ',
  塔: 'TJK',
  土: 'TUR',
  埃: 'EGY',
};
// Characters that stand for two states: which one, the text's full names tell ("中俄巴伊" in a
// text naming 巴基斯坦 is Pakistan).
const SIMPLIFIED_AMBIGUOUS: Record<string, string[]> = { 巴: ['PAK', 'BRA'], 乌: ['UKR', 'UZB'] };
const ABBREVIATIONS = inTraditionalToo(SIMPLIFIED_ABBREVIATIONS);
const AMBIGUOUS = inTraditionalToo(SIMPLIFIED_AMBIGUOUS);
const ABBREVIATED = new RegExp(
  `(?<=^|[^\\p{Script=Han}]|[的在与與和了是为為次届屆])([${[...Object.keys(ABBREVIATIONS), ...Object.keys(AMBIGUOUS)].join('')}]{2,4})` +
    '(?=[发發]表|等(?:\\d{1,3}|[一二三四五六七八九十]{1,3})?[国國]|[两兩三四]国|[两兩三四]方|三國|四國|外[长長]|外交|[总總]理|[总總][统統]|元首|[领領][导導]人|首[脑腦]|峰[会會]|[会會]晤|[会會][谈談]|[联聯]合[声聲]明|共同[声聲]明|北京|[关關]系|[战戰]略|合作|[对對][话話]|磋商)',
  'gu',
);

/** The states a string of abbreviations names, each character a mention ("中俄伊"). */
function abbreviatedStates(text: string, named: Set<string>): StateMention[] {
  const codeOf = (c: string) => {
    const candidates = (AMBIGUOUS[c] ?? []).filter((code) => named.has(code));
    return ABBREVIATIONS[c] ?? (candidates.length === 1 ? candidates[0] : undefined);
  };
  return [...text.matchAll(ABBREVIATED)].flatMap((m) => {
    const chars = [...(m[1] ?? '')];
    const codes = chars.map(codeOf);
    if (new Set(chars).size !== chars.length || codes.some((c) => c === undefined)) return [];
    return chars.map((c, k) => ({
      start: m.index + k,
      end: m.index + k + 1,
      code: codes[k] ?? '',
    }));
  });
}

// A noun after a state that makes it the subject: "阿富汗问题" (the Afghanistan question),
// "阿富汗邻国" (Afghanistan's neighbours); or a place named after it: "台灣海峽" (the Taiwan
// Strait), "朝鲜半岛" (the Korean peninsula); or the seat of an envoy's post: "常駐聯合國日內瓦
// 辦事處和瑞士其他國際組織代表".
const SUBJECT_NOUN =
  /^(?:问题|問題|局势|局勢|形势|形勢|境内|境內|危机|危機|[邻鄰][国國]|周[边邊]|海峡|海峽|半岛|半島|其他[国國][际際][组組][织織])/u;

// "香港中通社8月13日電", "美國之音": a news agency or broadcaster named for a place, the dateline's.
const AGENCY_AFTER =
  /^(?:中通社|中新社|新[华華]社|通[讯訊]社|之音|[电電][台臺]|[电電][视視][台臺]|[广廣]播[电電][台臺])/u;

const CHINA_AFRICA =
  /^中非(?:团结|團結|合作|峰[会會]|[领領][导導]人|命[运運]|[关關]系|[论論]壇|[论论]坛|友好|[双雙]方|[经經]贸|[经經]貿)/u;

let names: Map<string, string> | undefined;
let longest = 0;

function dictionary(): Map<string, string> {
  if (names) return names;
  // One-character abbreviations ("中", "美") are words of their own; only whole names count.
  const simplified = [
    ...[...libraryNames('zh')].filter(([name]) => [...name].length >= 2),
    ...OFFICIAL_NAMES,
  ];
  names = new Map(
    simplified.flatMap(([name, code]) => withTraditional(name).map((n) => [n, code] as const)),
  );
  // A joint text calls each party its side: "中方" for 中国, "美方" for 美国. Only names of one
  // character and 国 give a side unambiguously; "东方" or "比方" are ordinary words.
  for (const [name, code] of [...names]) {
    if (/^\p{Script=Han}[国國]$/u.test(name)) names.set(`${name.charAt(0)}方`, code);
  }
  longest = Math.max(...[...names.keys()].map((n) => n.length));
  return names;
}

function namedStates(text: string): StateMention[] {
  const dict = dictionary();
  const found: StateMention[] = [];
  for (let i = 0; i < text.length;) {
    let match: StateMention | undefined;
    for (let n = Math.min(longest, text.length - i); n >= 2 && !match; n--) {
      const code = dict.get(text.slice(i, i + n));
      if (code) match = { start: i, end: i + n, code };
    }
    // "中非团结抗疫特别峰会", "中非合作论坛": China and Africa, not the Central African Republic.
    const chinaAfrica = match && CHINA_AFRICA.test(text.slice(match.start));
    const agency = match && AGENCY_AFTER.test(text.slice(match.end));
    if (match && !chinaAfrica && !agency)
      found.push(SUBJECT_NOUN.test(text.slice(match.end)) ? { ...match, governed: true } : match);
    i = match ? match.end : i + 1;
  }
  return found;
}

/**
 * The states a Chinese text names, the sides of a joint text ("中方"), or a string of
 * abbreviations ("中俄伊"; a character that stands for two states is read by the full names in
 * `context`, the whole text). Chinese writes no spaces, so names are found by longest dictionary
 * match from left to right: "中华人民共和国" is China, not the "中国" inside it.
 * @example chineseStates('中国、俄罗斯和印度外长').map((m) => m.code) // ['CHN', 'RUS', 'IND']
 */
export function chineseStates(text: string, context = text): StateMention[] {
  const found = namedStates(text);
  const named = new Set((context === text ? found : namedStates(context)).map((m) => m.code));
  const abbreviated = abbreviatedStates(text, named).filter(
    (a) => !found.some((f) => a.start < f.end && f.start < a.end),
  );
  return [...found, ...abbreviated].sort((a, b) => a.start - b.start);
}
