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

const FOLDED: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
const EXPANDED: Record<string, string> = { st: 'saint', ste: 'sainte' };

// Dotted acronyms ("U.S.", "D.P.R.K.") are one word; apostrophes join ("People's").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// French and Italian elision before a name: "l'Autriche", "d'Ivoire".
const ELISION = /^(?:[ldjnsmtcLDJNSMTC]|[Qq]u)['’](?=\p{Lu})/u;

/** The comparison form of one word. */
export function foldWord(word: string): string {
  const folded = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßłđı]/g, (c) => FOLDED[c] ?? c)
    .replace(/['’.]/g, '');
  return EXPANDED[folded] ?? folded;
}

/**
 * The words of `text` from `from` to `to`, with offsets into `text`.
 * @example tokenize("Côte d'Ivoire").map((t) => t.norm) // ['cote', 'ivoire']
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const elision = ELISION.exec(match[0])?.[0].length ?? 0;
    // A possessive belongs to the sentence, not the name: "Denmark's ambassador".
    const raw = match[0].slice(elision).replace(/(?<=\p{L}{2})['’]s$/u, '');
    const start = from + match.index + elision;
    const norm = foldWord(raw);
    tokens.push({
      start,
      end: start + raw.length,
      raw,
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
