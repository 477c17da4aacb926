import type { ScriptLanguage } from './script-language';

// Arabic-Indic and Eastern Arabic-Indic digits, each one character for one.
const toAsciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

const HAN_DIGITS = '〇一二三四五六七八九';

/**
 * The value of a number written in Chinese numerals up to 99 ("十", "二十六", "两") or digits.
 * @example chineseNumber('二十六') // 26
 */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (c: string | undefined) =>
    c === '两' || c === '兩' ? 2 : c ? HAN_DIGITS.indexOf(c) : -1;
  const m = /^([一二三四五六七八九两兩]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
  if (!m || text === '') return null;
  const [, tens = '', ten = '', units = ''] = m;
  if (!ten) return tens && !units ? digit(tens) : null;
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
}

// Gregorian month names as written in Egypt and the Gulf, then in the Levant and Iraq.
const MONTHS: [RegExp, number][] = [
  'يناير|كانون الثاني',
  'فبراير|شباط',
  'مارس|آذار',
  'أبريل|ابريل|إبريل|نيسان',
  'مايو|أيار',
  'يونيو|يونيه|حزيران',
  'يوليو|يوليه|تموز',
  'أغسطس|اغسطس|آب',
  'سبتمبر|أيلول',
  'أكتوبر|اكتوبر|تشرين الأول',
  'نوفمبر|تشرين الثاني',
  'ديسمبر|كانون الأول',
].map((names, i) => [new RegExp(`^(?:${names})$`, 'u'), i + 1]);

const iso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;

const ARABIC_DATE = /(\d{1,2})\s+([\u0621-\u064a]+(?:\s+(?:الثاني|الأول))?)\s+(\d{4})/gu;
const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/gu;
// A dateline in figures: "2021-10-28 来源:新华网", "2019/10/13", "القاهرة – 31 – 5 – 2019".
const ISO_FIGURES = /(?<!\d)(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/gu;
const DAY_FIRST_FIGURES = /(?<!\d)(\d{1,2})\s*[-–/.]\s*(\d{1,2})\s*[-–/.]\s*(\d{4})(?!\d)/gu;

function figureDates(ascii: string): string[] {
  return [
    ...[...ascii.matchAll(ISO_FIGURES)].map((m) => iso(Number(m[1]), Number(m[3]), Number(m[4]))),
    ...[...ascii.matchAll(DAY_FIRST_FIGURES)].map((m) =>
      iso(Number(m[3]), Number(m[2]), Number(m[1])),
    ),
  ].flatMap((date) => date ?? []);
}

/**
 * The full dates (day, month and year) a text writes, in its order, as ISO dates; dates in
 * figures only ("2021-10-28", "31 – 5 – 2019") come after those written out, as a dateline's
 * day is the report's and may follow the statement's.
 * @example scriptDates('اجتمعوا يوم ٢٤ سبتمبر ٢٠٢٤', 'ar') // ['2024-09-24']
 */
export function scriptDates(text: string, language: ScriptLanguage): string[] {
  const ascii = toAsciiDigits(text);
  const written =
    language === 'zh'
      ? [...ascii.matchAll(CHINESE_DATE)].flatMap(
          (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) ?? [],
        )
      : [...ascii.matchAll(ARABIC_DATE)].flatMap((m) => {
          const month = MONTHS.find(([name]) => name.test(m[2] ?? ''))?.[1];
          return (month ? iso(Number(m[3]), month, Number(m[1])) : null) ?? [];
        });
  return [...written, ...figureDates(ascii)];
}

/**
 * A number of states a text states in figures ("8 دول", "26国", "七国"), or null.
 * @example statedStateCount('美、日、韩3国外长', 'zh') // 3
 */
export function statedStateCount(text: string, language: ScriptLanguage): number | null {
  const ascii = toAsciiDigits(text);
  if (language === 'zh') {
    const m = /(\d+|[一二三四五六七八九两兩十]+)(?:[个個])?[国國](?![家際际])/u.exec(ascii);
    return m?.[1] ? chineseNumber(m[1]) : null;
  }
  const m = /(\d+)\s+(?:دول|دولة)(?![\u0621-\u064a])/u.exec(ascii);
  return m?.[1] ? Number(m[1]) : null;
}
