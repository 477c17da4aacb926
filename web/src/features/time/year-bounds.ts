/** What the bounds are read from: the corpus summary's adoption range and oldest instrument. */
type Dated = {
  summary: {
    earliestAdoption?: string | null;
    latestAdoption?: string | null;
    earliestInstrumentAdoption?: string | null;
  };
};

/**
 * The years the time range spans: from the earliest adoption of a declaration or an instrument
 * to this year (or the latest declaration, if later), so playback can show treaties coming into
 * force before the statements. Read from the whole graph, not the declarations loaded.
 * @example yearBounds(reference, 2026) // { min: 2000, max: 2026 }
 */
export function yearBounds(
  { summary }: Dated,
  thisYear = new Date().getUTCFullYear(),
): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = thisYear;
  const dates = [
    summary.earliestAdoption,
    summary.latestAdoption,
    summary.earliestInstrumentAdoption,
  ];
  for (const date of dates) {
    if (!date) continue;
    const year = Number(date.slice(0, 4));
    min = Math.min(min, year);
    max = Math.max(max, year);
  }
  return { min: Number.isFinite(min) ? min : max, max };
}

/**
 * The first year with a declaration, where playback of the declaration views starts (the range
 * itself may start years earlier, with the treaties); the range's start when none is dated.
 * @example firstDeclarationYear(reference, bounds) // 2025
 */
export function firstDeclarationYear(
  { summary }: Pick<Dated, 'summary'>,
  bounds: { min: number },
): number {
  const first = summary.earliestAdoption;
  return first ? Math.max(bounds.min, Number(first.slice(0, 4))) : bounds.min;
}
