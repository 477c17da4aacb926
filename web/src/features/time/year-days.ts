/** The first day of a year of the time range, as the API's dates are written. */
export const firstDay = (year: number): string => `${year}-01-01`;

/** The last day of a year of the time range: the range includes its end year whole. */
export const lastDay = (year: number): string => `${year}-12-31`;
