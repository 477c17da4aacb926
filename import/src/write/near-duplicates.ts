import { editDistance } from '../resolve/edit-distance';
import { normalizeName } from '../resolve/normalize-name';

/** What decides whether two reports are of one declaration. */
export type DeclarationFacts = {
  title: string;
  adoptedOn?: string;
  /** ISO alpha-3 codes of the states that adopted it. */
  signatories: ReadonlySet<string>;
};

// Words that do not tell two titles apart.
const STOPWORDS = new Set(['a', 'an', 'and', 'of', 'on', 'in', 'to', 'for', 'by', 'at', 'its']);
/** Titles at least this similar are near-identical. */
export const TITLE_THRESHOLD = 0.8;
/** With no signatories to compare on one side, the titles must be closer still. */
const TITLE_ONLY_THRESHOLD = 0.9;
/** Share of the shorter signatory list the other must hold: "mostly the same". */
export const SIGNATORY_THRESHOLD = 0.6;

function tokens(title: string): string[] {
  return normalizeName(title)
    .split(' ')
    .filter((t) => t !== '' && !STOPWORDS.has(t));
}

// "organised" and "organized", "labour" and "labor": one edit in a long word.
function sameToken(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && editDistance(a, b) <= 1);
}

/**
 * Dice similarity of two titles' normalised words, a word matching its one-letter variant:
 * 1 for the same title in other case, punctuation or spelling, near 0 for unrelated ones.
 * @example titleSimilarity("It's Time to End Exploitation", 'It’s time to end exploitation.') // 1
 */
export function titleSimilarity(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const unmatched = [...right];
  let matched = 0;
  for (const token of left) {
    const i = unmatched.findIndex((other) => sameToken(token, other));
    if (i >= 0) {
      matched += 1;
      unmatched.splice(i, 1);
    }
  }
  return (2 * matched) / (left.length + right.length);
}

/** Share of the shorter list found in the longer; undefined when either is empty. */
export function signatoryOverlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): number | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  const shared = [...a].filter((code) => b.has(code)).length;
  return shared / Math.min(a.size, b.size);
}

/**
 * Whether two reports could be of one declaration before their signatories are compared: the
 * same date and titles at least {@link TITLE_THRESHOLD} alike, which {@link isNearDuplicate}
 * requires either way. Lets a caller fetch signatories only for such candidates.
 */
export function mayBeNearDuplicate(
  a: Omit<DeclarationFacts, 'signatories'>,
  b: Omit<DeclarationFacts, 'signatories'>,
): boolean {
  return (
    Boolean(a.adoptedOn) &&
    a.adoptedOn === b.adoptedOn &&
    titleSimilarity(a.title, b.title) >= TITLE_THRESHOLD
  );
}

/**
 * Whether two reports are of the same declaration: the same adoption date, near-identical
 * titles, and mostly the same signatories (or, when one lists none, titles closer still).
 */
export function isNearDuplicate(a: DeclarationFacts, b: DeclarationFacts): boolean {
  if (!a.adoptedOn || a.adoptedOn !== b.adoptedOn) return false;
  const similarity = titleSimilarity(a.title, b.title);
  const overlap = signatoryOverlap(a.signatories, b.signatories);
  if (overlap === undefined) return similarity >= TITLE_ONLY_THRESHOLD;
  return similarity >= TITLE_THRESHOLD && overlap >= SIGNATORY_THRESHOLD;
}
