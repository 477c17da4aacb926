import type { TextLanguage } from '../resolve/country-names';
import { findDates } from './dates';

/** The lines of a plain text, with offsets. */
export type Line = { index: number; start: number; end: number; text: string; words: number };

export function textLines(text: string): Line[] {
  let start = 0;
  return text.split('\n').map((raw, index) => {
    const line = { index, start, end: start + raw.length, text: raw.trim(), words: 0 };
    line.words = line.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    start += raw.length + 1;
    return line;
  });
}

// A bracketed name at the end is a headline's place ("… à accra(Ghana)"), not a sentence's end;
// nor is a closing quote after a word ("Meloni scrive ai partner Med9, 'rapidi e coesi'").
const TERMINAL = /[.!?…]\s*["”»'’]?$|(?<!\(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})\)$/u;

/** A paragraph of running text, as opposed to menus, bylines and headings. */
export function isParagraph(line: Line): boolean {
  return line.words >= 8 && TERMINAL.test(line.text);
}

// What may stand around a date in a date line: "Published: 30 July 2025, 14:53".
const DATE_LINE_WORDS =
  /\b(?:published|updated|posted|date|on|at|le|el|am|опубликовано|обновлено|utc|gmt|msk|cet|cest)\b|[\d:.,|/–—-]/giu;

// The place a statement's date line starts with: "New York, 30 October 2018", "Ciudad de México,".
const PLACE_BEFORE_DATE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|del|la|le|am|an|the|\p{Lu}[\p{L}'’.-]*)){0,3}\s*,(?=\s*(?:le\s|el\s|den\s)?\d)/u;

// "**Cumbre en Mendoza** · 21/07/2017": a kicker before a middle dot or a bar.
const KICKER = /^[^·|•\n]{1,40}[·|•]\s*(?=\S)/u;

// "Le 14 août 2025 – Ottawa (Ontario) – Affaires mondiales Canada": the date first, then a
// place and a publisher, each after a dash.
const DASHED_PARTS = /^(?:\s+[–—-]\s+[^–—]{1,40}){1,3}$/u;

function datedThenDashed(line: string, date: string): boolean {
  const at = line.indexOf(date);
  return (
    at >= 0 &&
    /^(?:(?:le|el|am|on|the)\s+)?$/iu.test(line.slice(0, at)) &&
    DASHED_PARTS.test(line.slice(at + date.length))
  );
}

/**
 * The publication date a text gives in a line of its own near the top ("30 July 2025, 14:53",
 * "Published: 30.07.2025"). A date line with a time wins, then the one nearest the headline:
 * page clocks ("Friday, 1 August 2025" in a menu bar) rarely carry a time.
 */

export function publicationLine(
  lines: Line[],
  options: { headline: number; language: TextLanguage },
): string | null {
  const found = lines
    .filter((l) => l.words > 0 && l.words <= 12)
    .flatMap((line) => {
      const [date] = findDates(line.text, options.language, null);
      if (!date?.date) return [];
      const rest = line.text
        .replace(KICKER, ' ')
        .replace(PLACE_BEFORE_DATE, ' ')
        .replace(date.text, ' ')
        .replace(DATE_LINE_WORDS, ' ');
      const restWords = rest.match(/\p{L}+/gu) ?? [];
      if (restWords.length > 1 && !datedThenDashed(line.text, date.text)) return [];
      // A byline stands under the headline; a page clock above it, at as many lines, loses.
      const distance =
        line.index < options.headline
          ? options.headline - line.index + 0.5
          : line.index - options.headline;
      return [{ date: date.date, score: (date.hasTime ? 0 : 100) + distance, line }];
    })
    .filter((c) => c.line.index <= options.headline + 3 || c.line.index < 40)
    .sort((a, b) => a.score - b.score);
  return found[0]?.date ?? null;
}

/** The dateline that opens a wire story: "MINSK, 30 July (BelTA) - ", "МОСКВА, 30 июля. /ТАСС/." */
export type Dateline = { place: string; date: string | null; agency: string | null };

const DATELINES = [
  /^([\p{Lu}][\p{Lu} .'’-]{1,40}),\s*([^()–—\-/]{3,40}?)\s*(?:\(([^)]{2,40})\))?\s*[-–—]\s/u,
  /^([\p{Lu}][\p{Lu} .'’-]{1,40})\s*\(([^)]{2,40})\)\s*[-–—]\s/u,
  /^([\p{Lu}][\p{Lu} .'’-]{1,40}),\s*([^/]{3,40}?)\.?\s*\/([^/]{2,40})\/\.?/u,
];

export function dateline(
  paragraph: string,
  options: { language: TextLanguage; reference: string | null },
): Dateline | undefined {
  const [withDate, agencyOnly, slashed] = DATELINES;
  const dated = withDate?.exec(paragraph) ?? slashed?.exec(paragraph);
  const place = (s: string) => s.trim().replace(/\s+/g, ' ');
  if (dated?.[1] && dated[2]) {
    const [date] = findDates(dated[2], options.language, options.reference);
    return { place: place(dated[1]), date: date?.date ?? null, agency: dated[3]?.trim() ?? null };
  }
  const plain = agencyOnly?.exec(paragraph);
  if (plain?.[1]) return { place: place(plain[1]), date: null, agency: plain[2]?.trim() ?? null };
  return undefined;
}

/** A URL standing alone on a line, or after "Source:" or "URL:", in the text. */
export function urlLine(lines: Line[]): string | null {
  for (const line of lines) {
    const m = /^(?:(?:source|url|link|источник)\s*:\s*)?(https?:\/\/\S+)$/iu.exec(line.text);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** "Source: BelTA" */
export function publisherLine(lines: Line[]): string | null {
  for (const line of lines) {
    const m = /^(?:source|publisher|источник|fuente)\s*:\s*([^:/]{2,60})$/iu.exec(line.text);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}
