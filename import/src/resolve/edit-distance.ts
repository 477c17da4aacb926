/**
 * Edit distance with adjacent transpositions (optimal string alignment): insertions,
 * deletions, substitutions and swaps of neighbours each cost one, so "UNDOC" is next to "UNODC".
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// A key holding every word of the query ("korea" in "south korea") beats any spelling distance.
function distance(
  query: { text: string; words: string[] },
  key: string,
  maxDistance: number,
): number {
  const words = new Set(key.split(' '));
  if (query.words.length > 0 && query.words.every((w) => words.has(w))) return 0;
  // The length difference is a lower bound of the edit distance: a key that cannot be close
  // enough is not aligned at all (a long query against every gazetteer key took seconds).
  if (Math.abs(query.text.length - key.length) > maxDistance) return Infinity;
  return 1 + editDistance(query.text, key);
}

/**
 * Longer than any name by far: a query this long is no misspelling of one, and a key this long
 * (a damaged document can define one) no plausible suggestion; aligning either costs seconds.
 */
const MAX_NAME_LENGTH = 300;

/** How far a misspelling of `query` may plausibly be: a third of its length, at least 2. */
export function typoDistance(query: string): number {
  return Math.max(2, Math.ceil(query.length / 3));
}

export type ClosestOptions = {
  /** How many labels to return at most; 5 unless told. */
  limit?: number;
  /** Leave out labels further than this, so a stray word is not "corrected" to anything. */
  maxDistance?: number;
};

/**
 * The labels whose keys are nearest to `query`, best first; a label appears once, at the
 * distance of its nearest key, and labels whose keys hold every word of the query come alone.
 * Keys and query are normalized names (words separated by one space).
 * @example closest('untok', [['untoc', 'untoc'], ['uncac', 'uncac']]) // ['untoc', 'uncac']
 */
export function closest(
  query: string,
  entries: Iterable<readonly [key: string, label: string]>,
  options: ClosestOptions = {},
): string[] {
  const { limit = 5, maxDistance = Infinity } = options;
  if (query.length > MAX_NAME_LENGTH) return [];
  const queryWords = query.split(' ').filter((w) => w !== '');
  const best = new Map<string, number>();
  for (const [key, label] of entries) {
    if (key.length > MAX_NAME_LENGTH) continue;
    const d = distance({ text: query, words: queryWords }, key, maxDistance);
    const known = best.get(label);
    if (known === undefined || d < known) best.set(label, d);
  }
  const ranked = [...best.entries()]
    .filter(([, d]) => d <= maxDistance + 1)
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  // When some labels hold every word of the query, the query is ambiguous, not misspelt.
  const containing = ranked.filter(([, d]) => d === 0);
  return (containing.length > 0 ? containing : ranked).slice(0, limit).map(([label]) => label);
}
