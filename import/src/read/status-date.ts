import type { consentTypes } from '@treatygraph/schema';

/** How a participant consented to be bound, as the model names it. */
export type ConsentType = (typeof consentTypes)[number];

/** What the UNTC's usual action letters after a consent date mean, where a heading says nothing. */
export const CONSENT_SUFFIXES: Record<string, ConsentType> = {
  a: 'accession',
  A: 'acceptance',
  AA: 'approval',
  d: 'succession',
};

export const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/g;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export type StatusDate = { date: string; suffix?: string } | undefined;

export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `Dec`, `Sept` and `December` alike: at least three letters of the month's name. */
export function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((m) => lower.length >= 3 && m.startsWith(lower)) + 1;
}

/**
 * A status-table date cell: `12 Dec 2000`, `12 December 2000 a`, `2000-12-12`, with an optional
 * action letter (what it means is the table heading's to say) and trailing footnote numbers;
 * undefined when empty.
 * @example parseStatusDate('18 May 2006 a') // { date: '2006-05-18', suffix: 'a' }
 */
export function parseStatusDate(cell: string): StatusDate | 'invalid' {
  const text = cell.replace(SUPERSCRIPTS, '').trim();
  if (text === '') return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:\s*([A-Za-z]{1,2}))?(?:\s+[\d, ]+)?$/.exec(text);
  const dmy =
    /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})(?:\s*([A-Za-z]{1,2}))?(?:\s+[\d, ]+)?$/.exec(text);
  let date: string | undefined;
  let suffix: string | undefined;
  if (iso) {
    date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    suffix = iso[4];
  } else if (dmy) {
    const month = monthNumber(dmy[2] ?? '');
    date = month > 0 ? isoDate(Number(dmy[3]), month, Number(dmy[1])) : undefined;
    suffix = dmy[4];
  }
  return date === undefined ? 'invalid' : { date, ...(suffix && { suffix }) };
}
