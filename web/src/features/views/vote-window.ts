/** The years of roll calls the Votes view reads, inclusive. */
export type VoteWindow = { from: number; to: number };

/** Years in the Votes view's default window: a decade, enough roll calls for stable blocs. */
export const DEFAULT_VOTE_YEARS = 10;

/**
 * The window the Votes view shows: the years the URL asks for, or else the decade ending with
 * the newest roll call held (the vote data ends years before the declarations do).
 * @example voteWindow({ from: null, to: null }, 2019) // { from: 2010, to: 2019 }
 */
export function voteWindow(
  years: { from: number | null; to: number | null },
  newestYear: number,
): VoteWindow {
  const to = years.to ?? Math.max(newestYear, years.from ?? newestYear);
  const from = years.from ?? Math.min(to, newestYear) - DEFAULT_VOTE_YEARS + 1;
  return { from: Math.min(from, to), to };
}
