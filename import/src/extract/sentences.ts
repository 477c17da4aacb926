import { nameAcrossLines } from './name-across-lines';

/** A sentence of the plain text, by offsets; `line` is the index of its line. */
export type Sentence = { start: number; end: number; text: string; line: number };

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st ste no nos art arts para paras vol pp p e.g i.e etc vs jan feb mar ' +
    'apr jun jul aug sep sept oct nov dec gen amb h.e sr jr inc ltd co rev gov sen rep dept ' +
    'approx fig ca cf op hon rt excmo excma г гг им т.е др см ст mme mm m art núm sra sr dña'
  ).split(' '),
);

const OPENING = '"“«„';
const CLOSING = '"”»“';
// A quotation this short is a title or a phrase, not a passage: no sentence ends inside it.
const SHORT_QUOTE = 160;

function shortQuotes(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (!OPENING.includes(ch) || (i > 0 && /[\p{L}\p{N}]/u.test(line.charAt(i - 1)))) continue;
    const close = [...CLOSING].map((c) => line.indexOf(c, i + 1)).filter((j) => j > i);
    const end = Math.min(...close);
    if (Number.isFinite(end) && end - i <= SHORT_QUOTE) {
      spans.push([i, end]);
      i = end;
    }
  }
  return spans;
}

// Enough to see any abbreviation or initial; a whole-line prefix made long lines quadratic.
const LOOK_BEHIND = 64;

// A German date's day ("Mauren, 8. April 2022 – …").
const ORDINAL_DAY = /(?:^|[\s(,])\d{1,2}\.$/u;
const MONTH_AFTER =
  /^\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

function endsSentence(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at + 1 - LOOK_BEHIND), at + 1);
  if (line.charAt(at) !== '.') return true;
  if (ORDINAL_DAY.test(before) && MONTH_AFTER.test(line.slice(at, at + 16))) return false;
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  // An initial ("J. Smith", "Guðni Th. Jóhannesson") or a dotted acronym ("U.S.") in the
  // middle of a sentence.
  return !/(?:^|[\s(])\p{Lu}h?\.$/u.test(before) && !/\p{Lu}\.\p{Lu}\.$/u.test(before);
}

function splitLine(line: string, at: number, index: number): Sentence[] {
  const quotes = shortQuotes(line);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of line.matchAll(/[.!?…]+["”»’')\]]*(?=\s+["“«„‘'(]?[\p{Lu}\p{N}])/gu)) {
    const end = m.index + m[0].length;
    if (quotes.some(([s, e]) => m.index > s && m.index < e)) continue;
    if (!endsSentence(line, m.index + m[0].replace(/["”»’')\]]+$/, '').length - 1)) continue;
    sentences.push({ start, end, text: '', line: index });
    start = end;
  }
  sentences.push({ start, end: line.length, text: '', line: index });
  return sentences.flatMap((s) => {
    const text = line.slice(s.start, s.end);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed === '') return [];
    return [
      {
        start: at + s.start + lead,
        end: at + s.start + lead + trimmed.length,
        text: trimmed,
        line: index,
      },
    ];
  });
}

// A line that stops mid-sentence ("…, Bahrain," or "… adopted by") runs on in the next one,
// as in text copied from a PDF; so does a line followed by one that starts in lower case, one
// whose last words begin a name the next line ends, and, in a hard-wrapped text, a line near
// the wrap width with no closing mark.
const CLOSED = /[.!?:…"”»')\]]$/;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s/;
const MAX_WRAP = 100;

// The width a text is hard-wrapped at: no line is longer, and several lines come close. A
// headline above the wrapped body may be longer ("CELAC: países miembros reafirman …"), under a
// site's name too ("Nueva Ya | Destacadas").
function wrapWidth(lines: string[]): number | undefined {
  const filled = lines.map((l) => l.trim()).filter((l) => l !== '');
  // The second line may be the headline under the site's name: one sentence, no full stop.
  const headline = (l: string) => l.length > MAX_WRAP && !/[.!?]\s/u.test(l);
  const body = filled.filter((l, i) => i > 1 || (i === 1 && !headline(l))).map((l) => l.length);
  const width = Math.max(0, ...body);
  const near = body.filter((n) => n >= width * 0.6).length;
  return width <= MAX_WRAP && near >= 3 ? width : undefined;
}

function runsOn(line: string, next: string, wrap: number | undefined): boolean {
  const text = line.trimEnd();
  if (text.trim() === '' || next.trim() === '') return false;
  if (RUNS_ON.test(text) || /^\s*\p{Ll}/u.test(next)) return true;
  if (!CLOSED.test(text) && nameAcrossLines(text, next)) return true;
  // A semicolon list broken inside a name ("…; UNITED\nKINGDOM; URUGUAY") runs on.
  if (LIST_LINE.test(text) && !CLOSED.test(text) && next.includes(';')) return true;
  // So does a comma list ("…, Guinée, Guinée\nBissau, Libéria, …").
  if (COMMA_LIST_LINE.test(text) && !CLOSED.test(text) && /^[^.;:]*,/u.test(next)) return true;
  const wrapped = wrap !== undefined && text.trim().length >= wrap * 0.6;
  // "Salvo" over "Argentina, Nicaragua y Paraguay, las delegaciones renovaron …": a paragraph's
  // first word or two, broken off above a full line of the wrapped text.
  const broken =
    wrap !== undefined && text.trim().split(/\s+/u).length <= 2 && next.trim().length >= wrap * 0.8;
  return (wrapped || broken) && !CLOSED.test(text) && !LIST_ITEM.test(next);
}

// A PDF's title may leave blank lines inside a name ("…, Republic of", "", "Iceland, …"): the
// line runs on over at most two of them when a known name spans the gap.
function nameOverBlankLines(lines: string[], index: number): number | undefined {
  const text = (lines[index] ?? '').trimEnd();
  if (text.trim() === '' || CLOSED.test(text)) return undefined;
  for (let next = index + 2; next <= index + 3 && next < lines.length; next++) {
    const line = lines[next] ?? '';
    if (line.trim() === '') continue;
    return lines.slice(index + 1, next).every((l) => l.trim() === '') && nameAcrossLines(text, line)
      ? next
      : undefined;
  }
  return undefined;
}

const LIST_LINE = /;[^;]*;/;
const COMMA_LIST_LINE = /,[^,]*,[^,]*,/;
const RUNS_ON =
  /(?:[,;]|(?<![\p{L}])(?:and|or|of|the|by|with|to|in|for|и|или|et|ou|de|y|o|und))$/iu;

/**
 * The sentences of a text: a line break ends one unless the line runs on, and so does a full
 * stop, question or exclamation mark before a capital, except after an abbreviation or an
 * initial, or inside a short quotation such as a title. `line` is the sentence's first line.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = text.split('\n');
  const wrap = wrapWidth(lines);
  let at = 0;
  for (let index = 0; index < lines.length;) {
    let joined = lines[index] ?? '';
    let last = index;
    for (;;) {
      const next =
        last + 1 < lines.length && runsOn(lines[last] ?? '', lines[last + 1] ?? '', wrap);
      const after = next ? last + 1 : nameOverBlankLines(lines, last);
      if (after === undefined) break;
      joined += `\n${lines.slice(last + 1, after + 1).join('\n')}`;
      last = after;
    }
    sentences.push(...splitLine(joined, at, index));
    at += joined.length + 1;
    index = last + 1;
  }
  return sentences;
}
