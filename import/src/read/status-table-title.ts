import { registryEntries, resolveInstrument } from '../resolve/registry';
import { isoDate } from './status-date';

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
  const chapter = lines.map((l) => /\bchapter\s+([IVXLC]+)\b/i.exec(l)?.[1]).find(Boolean);
  const number = lines.map((l) => NUMBERING.exec(l)).find(Boolean);
  if (!chapter || !number) return undefined;
  const suffix = number[2] ? `-${number[2]}` : '';
  return byUntcReference(`${chapter.toUpperCase()}-${number[1]}${suffix}`);
}
