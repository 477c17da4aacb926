// Letters that Unicode decomposition leaves whole but people type without their stroke or ligature.
const FOLDED: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

// Words that never tell two names apart ("the Gambia", "Congo, the Democratic Republic of the").
const DROPPED = new Set(['the']);

/** Abbreviations written both ways in official lists ("St. Kitts and Nevis"). */
export const EXPANDED: Record<string, string> = { st: 'saint', ste: 'sainte' };

/**
 * The one letter folding of text matching and name resolution: no accents, lower case, stroked
 * letters and ligatures spelt out.
 * @example foldLetters('Øresund Straße') // 'oresund strasse'
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßłđı]/g, (c) => FOLDED[c] ?? c);
}

function normalizeOne(text: string): string {
  const words = foldLetters(text)
    .replace(/&/g, ' and ')
    // Dots join abbreviations ("U.A.E.", "D.P.R.K."); they never separate words.
    .replace(/['’‘`´.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !DROPPED.has(w))
    .map((w) => EXPANDED[w] ?? w);
  return words.join(' ');
}

/**
 * Comparison key for a name: case, accents, punctuation, "the" and "St."/"Saint" do not count.
 * @example normalizeName('The Lao People’s Democratic Republic') // 'lao peoples democratic republic'
 */
export function normalizeName(text: string): string {
  return normalizeOne(text);
}

/**
 * Every key a name may be looked up by: the name itself, and the natural order of the
 * inverted forms UN lists use, "Bolivia (Plurinational State of)" and "Korea, Republic of".
 * @example nameKeys('Bolivia (Plurinational State of)')
 * // ['bolivia plurinational state of', 'plurinational state of bolivia']
 */
export function nameKeys(text: string): string[] {
  const keys = [normalizeOne(text)];
  const parenthesised = /^(.+?)\s*\((.+)\)\s*$/.exec(text);
  if (parenthesised?.[1] && parenthesised[2]) {
    keys.push(normalizeOne(`${parenthesised[2]} ${parenthesised[1]}`));
  }
  const inverted = /^([^,]+),\s*(.+)$/.exec(text);
  if (inverted?.[1] && inverted[2]) {
    keys.push(normalizeOne(`${inverted[2]} ${inverted[1]}`));
  }
  return [...new Set(keys.filter((k) => k !== ''))];
}
