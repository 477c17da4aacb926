import type { CorpusDeclaration } from '../../graph/elements';

/**
 * The years the time range spans: from the earliest adoption of a declaration or a cited
 * instrument to this year, so playback can show treaties coming into force before the statements.
 * @example yearBounds(corpus.declarations, 2026) // { min: 2000, max: 2026 }
 */
export function yearBounds(
  declarations: readonly CorpusDeclaration[],
  thisYear = new Date().getUTCFullYear(),
): { min: number; max: number } {
  const years = declarations.flatMap((d) =>
    [d.adoptedOn, ...d.references.flatMap((r) => [r.adoptedOn, r.supplements?.adoptedOn])].flatMap(
      (date) => (date ? [Number(date.slice(0, 4))] : []),
    ),
  );
  const max = Math.max(thisYear, ...years);
  return { min: years.length > 0 ? Math.min(...years) : max, max };
}
