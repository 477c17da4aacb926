// More entries than this are not listed until a search narrows them: thousands of treaties
// make a select unusable.
export const SHOWN = 100;

export type Entry = { id: string; label: string };

/** The entries whose label contains every word of `query`, at most SHOWN, the chosen one kept. */
export function matching(entries: readonly Entry[], query: string, chosen: string | null): Entry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = entries.filter((e) => words.every((w) => e.label.toLowerCase().includes(w)));
  const shown = hits.slice(0, SHOWN);
  const kept = entries.find((e) => e.id === chosen);
  return kept && !shown.includes(kept) ? [kept, ...shown] : shown;
}
