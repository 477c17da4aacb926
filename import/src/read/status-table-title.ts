import { registryEntries, resolveInstrument } from '../resolve/registry';
import { isoDate, parseStatusDate } from './status-date';

/**
 * The "Status as at" date a UNTC status page prints (`Status as at : 27-01-2014 05:00:11 EDT`).
 * @example statusAsAt('Status as at : 27-01-2014 05:00:11 EDT') // '2014-01-27'
 */
export function statusAsAt(text: string): string | undefined {
  const match = /status\s+as\s+at\s*:?\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/i.exec(text);
  if (!match) return undefined;
  return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
}

// `12. a`, `10.`, `12 a.` before the title on the status page.
const NUMBERING = /^\s*(\d+)\s*\.?\s*([a-z])?\s*\.?\s+(?=[A-Z])/;
// The date after the title and its place: `…, New York, 15 November 2000`.
const TRAILING_DATE = /,\s*\d{1,2}\s+\p{L}+\s+\d{4}\.?\s*$/u;
// The place is one to three words, but which ones cannot be told from the title's own end.
const MAX_PLACE_WORDS = 3;

function byUntcReference(reference: string): string | undefined {
  const entry = registryEntries('Instrument').find((e) => e.untcReference === reference);
  return entry?.id;
}

function byName(heading: string): string | undefined {
  const title = heading.replace(NUMBERING, '').trim();
  const undated = title.replace(TRAILING_DATE, '');
  const words = undated.split(' ');
  const candidates = [title, undated];
  if (undated !== title) {
    for (let n = 1; n <= MAX_PLACE_WORDS && n < words.length; n += 1) {
      candidates.push(words.slice(0, -n).join(' '));
    }
  }
  for (const candidate of candidates) {
    const resolved = resolveInstrument(candidate.replace(/[\s.,;:]+$/, ''));
    if ('id' in resolved) return resolved.id;
  }
  return undefined;
}

// What follows the title: `, New York, 13 December 2006` or `. Rome, 17 July 1998` inline, or
// `New York, 13 December 2006` on a line of its own.
const PLACE_AND_DATE =
  /^\s*[.,]?\s*([\p{L}][\p{L} '’-]{1,40}),\s*(\d{1,2}\s+\p{L}+\s+\d{4})\s*\.?\s*$/u;

/** What a UNTC status page's heading says of its treaty. */
export type UntcHeading = {
  /** Chapter and number, as the Treaty Collection writes them: `IV-15`, `XVIII-12-a`. */
  reference: string;
  title: string;
  adoptedOn?: string;
};

function adoptedOn(text: string): string | undefined {
  const match = PLACE_AND_DATE.exec(text);
  const date = match ? parseStatusDate(match[2] ?? '') : undefined;
  return date && date !== 'invalid' ? date.date : undefined;
}

/**
 * The chapter, number, title and date of adoption a UNTC status page's heading prints:
 * "CHAPTER IV", then "15. Convention on the Rights of Persons with Disabilities" and its place
 * and date, inline, on the next line, or after the title in a header block.
 * @example untcHeading(['CHAPTER IV', 'HUMAN RIGHTS', '15. Convention on the Rights of Persons with Disabilities', 'New York, 13 December 2006'])
 * // { reference: 'IV-15', title: 'Convention on the Rights of Persons with Disabilities', adoptedOn: '2006-12-13' }
 */
export function untcHeading(headings: string[]): UntcHeading | undefined {
  const lines = headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h !== '');
  const chapter = lines.map((l) => /\bchapter\s+([IVXLC]+)\b/i.exec(l)?.[1]).find(Boolean);
  const at = lines.findIndex((l) => NUMBERING.test(l));
  const numbering = NUMBERING.exec(lines[at] ?? '');
  if (!chapter || !numbering) return undefined;
  const suffix = numbering[2] ? `-${numbering[2]}` : '';
  const reference = `${chapter.toUpperCase()}-${numbering[1]}${suffix}`;
  const line = (lines[at] ?? '').slice(numbering[0].length);
  const inline = /[.,]\s+[\p{L}][\p{L} '’-]{1,40},\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*\.?\s*$/u.exec(
    line,
  );
  const title = (inline ? line.slice(0, inline.index) : line).replace(/[\s.,;:]+$/, '');
  if (title === '') return undefined;
  const date =
    (inline && adoptedOn(inline[0])) ??
    adoptedOn(lines[at + 1] ?? '') ??
    lines
      .filter((l) => l.includes(title))
      .map((l) => adoptedOn(l.slice(l.indexOf(title) + title.length)))
      .find(Boolean);
  return { reference, title, ...(date && { adoptedOn: date }) };
}

/**
 * The registry instrument a status page's heading names: by its title after the page's
 * numbering ("12. a Protocol to Prevent, …"), or by chapter and number ("CHAPTER XVIII" with
 * "12. a") against the registry's UNTC references.
 * @example instrumentFromHeadings(['CHAPTER XVIII', '12. a Protocol to Prevent, …']) // 'untoc-trafficking-protocol'
 */
export function instrumentFromHeadings(headings: string[]): string | undefined {
  const lines = headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h !== '');
  for (const line of lines) {
    const id = byName(line);
    if (id) return id;
  }
  const heading = untcHeading(lines);
  return heading && byUntcReference(heading.reference);
}
