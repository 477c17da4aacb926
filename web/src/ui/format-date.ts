const fullDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const monthYear = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

/**
 * Formats an ISO `Date` scalar (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) for reading; anything else is
 * shown as it came, and a missing date as an em dash.
 * @example formatDate('2025-07-30') // '30 July 2025'
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return String(year);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  // Date.UTC rolls 2003-13-45 over into 2004: a date that does not round-trip is not a date.
  if (date.getUTCMonth() + 1 !== Number(month) || (day && date.getUTCDate() !== Number(day))) {
    return value;
  }
  return (day ? fullDate : monthYear).format(date);
}
