const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1990, 0, 1);

/** The ISO date `days` days after 1990-01-01. */
export function isoDay(days: number): string {
  return new Date(EPOCH + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from 1990-01-01 to 1 January of `year`. */
export function dayOfYearStart(year: number): number {
  return Math.round((Date.UTC(year, 0, 1) - EPOCH) / DAY_MS);
}
