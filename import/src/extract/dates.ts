import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { TextLanguage } from '../resolve/country-names';

/** A date written in text: `date` is YYYY-MM-DD, or null when it cannot be known. */
export type DateMention = {
  index: number;
  text: string;
  date: string | null;
  /** "MM-DD" of a date whose day and month are written, with or without a year. */
  dayOfYear: string | null;
  /** The weekday (0 for Sunday) written with a day and month but no year: "ce lundi 20 février". */
  weekday: number | null;
  hasTime: boolean;
};

const PARSERS: Record<TextLanguage, chrono.Chrono> = {
  en: chrono.en.GB,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  de: chrono.de.casual,
  ru: chrono.ru.casual,
  pt: chrono.pt.casual,
  it: chrono.it.casual,
};

const PLACE_SAINT = /(?<![\p{L}])(?:Santo|Santa|San|São|Saint|St\.?)\s+$/u;
const NOW = /^(?:right\s+)?(?:now|ahora|maintenant|jetzt|agora|adesso|ora|сейчас|теперь)$/iu;
const TODAY = /^(?:today|this morning|tonight|aujourd'hui|hoy|heute|сегодня|hoje|oggi)$/i;
const YESTERDAY = /^(?:yesterday|hier|ayer|gestern|вчера|ontem|ieri)$/i;
// "am folgenden Morgen": German writes the morning with a capital, tomorrow without.
const TOMORROW = /^(?:tomorrow|demain|mañana|morgen|завтра|amanhã|domani)$/i;

const relativeWord = (text: string) =>
  TODAY.test(text) || YESTERDAY.test(text) || TOMORROW.test(text);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function shift(date: string, days: number): string {
  const t = new Date(`${date}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

// A day and month without a year: the latest such date not after the reference date.
function withYear(month: number, day: number, reference: string): string {
  const year = Number(reference.slice(0, 4));
  const date = iso(year, month, day);
  return date > reference ? iso(year - 1, month, day) : date;
}

// A weekday: the latest such day on or before the reference date, as news reports it.
function lastWeekday(weekday: number, reference: string): string {
  const current = new Date(`${reference}T12:00:00Z`).getUTCDay();
  return shift(reference, -((current - weekday + 7) % 7));
}

// "On July 10, 22 countries": a count after the day, not the year 2022.
const COUNT_AS_YEAR = /,\s*\d{2}$/u;
const WORD_AFTER =
  /^\s+(?!(?:in|at|on|by|and|or|to|the|with|when|after|before|from|as|for|en|à|a|el|la|le|y|et|und|im|am)(?![\p{L}]))\p{Ll}/u;

function resolve(
  result: ParsedResult,
  reference: string | null,
  countAfter: boolean,
): string | null {
  const start = result.start;
  const day = start.get('day');
  const month = start.get('month');
  const year = start.get('year');
  const text = result.text.trim();
  // The parser makes "today" as certain as a written date, from its own reference: without a
  // publication date that was 1 January 1970.
  const relative = relativeWord(text);
  if (!relative && start.isCertain('day') && start.isCertain('month') && day && month) {
    if (start.isCertain('year') && year && !countAfter) return iso(year, month, day);
    return reference && withYear(month, day, reference);
  }
  if (!reference) return null;
  if (TODAY.test(text)) return reference;
  if (TOMORROW.test(text)) return shift(reference, 1);
  if (YESTERDAY.test(text)) return shift(reference, -1);
  const weekday = start.get('weekday');
  if (start.isCertain('weekday') && weekday !== null) return lastWeekday(weekday, reference);
  return null;
}

/**
 * The dates named in `text`. A date without a year, a weekday ("on Monday"), "today" or
 * "yesterday" is resolved against `reference` (the publication date), and is null without one;
 * months and years alone are not dates and are left out.
 */
export function findDates(
  text: string,
  language: TextLanguage,
  reference: string | null,
): DateMention[] {
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date(0);
  return PARSERS[language].parse(text, ref).flatMap((result) => {
    const start = result.start;
    const tags = result.tags();
    // "at the last minute", "3 hours ago": a time, never a day a statement is dated by.
    if (tags.has('result/relativeDateAndTime')) return [];
    // "before the end of this year": a deadline, not a day (and 1970's without a reference).
    if ([...tags].some((tag) => tag.includes('EndOfPeriod'))) return [];
    // "sumó ahora el apoyo de", "now": the moment of writing, never a day of its own.
    if (NOW.test(result.text.trim())) return [];
    // "am folgenden Morgen": the morning, not tomorrow.
    if (language === 'de' && result.text.trim() === 'Morgen') return [];
    // "la declaración de Santo Domingo": a weekday's name inside a place's.
    if (PLACE_SAINT.test(text.slice(0, result.index))) return [];
    // "en el mar Caribe": a weekday's short form alone is a word, not a day.
    if (!start.isCertain('day') && /^\p{L}{1,4}\.?$/u.test(result.text.trim())) return [];
    const dayLike =
      (start.isCertain('day') && start.isCertain('month')) ||
      start.isCertain('weekday') ||
      TODAY.test(result.text.trim()) ||
      YESTERDAY.test(result.text.trim());
    if (!dayLike) return [];
    return [
      {
        index: result.index,
        text: result.text,
        // "two days ago" is a day only against the publication date.
        date:
          tags.has('result/relativeDate') && !reference
            ? null
            : resolve(
                result,
                reference,
                COUNT_AS_YEAR.test(result.text) &&
                  WORD_AFTER.test(text.slice(result.index + result.text.length)),
              ),
        // "today", "tomorrow": days of the parser's own reference, no day of a year.
        dayOfYear:
          start.isCertain('day') && start.isCertain('month') && !relativeWord(result.text.trim())
            ? `${String(start.get('month')).padStart(2, '0')}-${String(start.get('day')).padStart(2, '0')}`
            : null,
        weekday:
          start.isCertain('weekday') &&
          start.isCertain('day') &&
          start.isCertain('month') &&
          !start.isCertain('year')
            ? (start.get('weekday') ?? null)
            : null,
        hasTime: start.isCertain('hour'),
      },
    ];
  });
}

/** A date written in ISO 8601 or any form `findDates` reads, with a year; else null. */
export function absoluteDate(text: string, language: TextLanguage): string | null {
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (isoDate) return `${isoDate[1]}-${isoDate[2]}-${isoDate[3]}`;
  return findDates(text, language, null)[0]?.date ?? null;
}

// A weekday and a day of the year recur together at most 28 years apart.
const WEEKDAY_CYCLE_YEARS = 28;

/**
 * The latest day on or before `today` that is `dayOfYear` ("MM-DD") and falls on `weekday`:
 * the year a text that writes "ce lundi 20 février" most likely means; null when none does.
 */
export function latestYearWithWeekday(
  dayOfYear: string,
  weekday: number,
  today: string,
): string | null {
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year > thisYear - WEEKDAY_CYCLE_YEARS; year--) {
    const day = `${year}-${dayOfYear}`;
    const date = new Date(`${day}T12:00:00Z`);
    if (day <= today && date.toISOString().startsWith(day) && date.getUTCDay() === weekday)
      return day;
  }
  return null;
}
