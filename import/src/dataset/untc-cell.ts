import { isoDate, monthNumber } from '../read/status-date';

/** A UNTC status-table cell: `23 Jun 1993 a` is a date and the action letter `a`. */
export type UntcCell = { date: string; letter?: string };

/**
 * A date cell with an optional action letter (`a`, `A`, `AA`, `d`, `s`, `c`, `n`, `p`, `P`,
 * `C`); undefined for an empty cell, `invalid` for anything else.
 * @example untcCell('23 Jun 1993 a') // { date: '1993-06-23', letter: 'a' }
 */
export function untcCell(text: string): UntcCell | undefined | 'invalid' {
  const cell = text.trim();
  if (cell === '') return undefined;
  const match = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s*([A-Za-z]{1,2}))?$/.exec(cell);
  if (!match) return 'invalid';
  const month = monthNumber(match[2] ?? '');
  const date = month > 0 ? isoDate(Number(match[3]), month, Number(match[1])) : undefined;
  if (!date) return 'invalid';
  return { date, ...(match[4] && { letter: match[4] }) };
}
