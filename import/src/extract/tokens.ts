import { EXPANDED, foldLetters } from '../resolve/normalize-name';
import { russianStem } from '../resolve/russian-stem';

/** A word of running text with its position in the plain text and its comparison forms. */
export type Token = {
  start: number;
  end: number;
  raw: string;
  /** Folded: no accents or apostrophes, lower case, "st" read as "saint". */
  norm: string;
  /** `norm` with a Russian case ending removed; `norm` for other scripts. */
  stem: string;
  /** First letter is a capital. */
  capitalized: boolean;
  /** The text between the previous token and this one. */
  before: string;
};

// Dotted acronyms ("U.S.", "D.P.R.K.") are one word; apostrophes join ("People's").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// French and Italian elision before a name: "l'Autriche", "d'Ivoire"; Italian elides the article
// of a contracted preposition too: "dell'Italia", "all'Austria", "nell'Unione".
const ELISION = /^(?:[ldjnsmtcLDJNSMTC]|[Qq]u|[DdNnSs]ell|[Dd]?[Aa]ll|[Ss]ull)['’](?=\p{Lu})/u;

/** The comparison form of one word. */
export function foldWord(word: string): string {
  const folded = foldLetters(word).replace(/['’.]/g, '');
  return EXPANDED[folded] ?? folded;
}

// Text pasted from a PDF glues a short word to the next across a line end ("ofAmerica") and
// splits words with a hyphen at the end of a line ("Switzer-\nland").
const GLUED = /^(of|and|the|de|del|du|des|la|le|et|y|und|von|der|da|do)(\p{Lu}\p{Ll}+)$/u;
const HYPHENATED = /^-[ \t]*\r?\n[ \t]*$/;

type Span = { start: number; raw: string; norm?: string };

function spans(text: string, from: number, to: number): Span[] {
  const found: Span[] = [];
  for (const match of text.slice(from, to).matchAll(WORD)) {
    const elision = ELISION.exec(match[0])?.[0].length ?? 0;
    // A possessive belongs to the sentence, not the name: "Denmark's ambassador".
    const raw = match[0].slice(elision).replace(/(?<=\p{L}{2})['’]s$/u, '');
    const start = from + match.index + elision;
    const glued = GLUED.exec(raw);
    const previous = found[found.length - 1];
    const gap = previous && text.slice(previous.start + previous.raw.length, start);
    if (glued?.[1] && glued[2]) {
      found.push({ start, raw: glued[1] }, { start: start + glued[1].length, raw: glued[2] });
    } else if (previous && gap && HYPHENATED.test(gap) && /^\p{Ll}/u.test(raw)) {
      const whole = text.slice(previous.start, start + raw.length);
      found[found.length - 1] = { start: previous.start, raw: whole, norm: previous.raw + raw };
    } else {
      found.push({ start, raw });
    }
  }
  return found;
}

/**
 * The words of `text` from `from` to `to`, with offsets into `text`.
 * @example tokenize("Côte d'Ivoire").map((t) => t.norm) // ['cote', 'ivoire']
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  for (const { start, raw, norm: joined } of spans(text, from, to)) {
    const norm = foldWord(joined ?? raw);
    tokens.push({
      start,
      end: start + raw.length,
      raw: joined ?? raw,
      norm,
      stem: russianStem(norm),
      capitalized: /^\p{Lu}/u.test(raw),
      before: text.slice(previousEnd, start),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** The words of a name, with "the" dropped: names are indexed by their stems. */
export function nameWords(name: string): Pick<Token, 'stem' | 'norm'>[] {
  return tokenize(name)
    .filter((t) => t.norm !== 'the')
    .map(({ stem, norm }) => ({ stem, norm }));
}
