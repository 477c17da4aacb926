import type { SourceRecord } from '../records';

// Licence and citation travel with the facts: CC BY 4.0 sources require the attribution.
const COLUMNS = [
  'id',
  'title',
  'publisher',
  'publishedOn',
  'retrievedOn',
  'url',
  'licence',
  'citation',
] as const;
// Spreadsheets run cells that start with these as formulas; a leading quote keeps them text.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | undefined): string {
  if (value === undefined) return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The sources of a view as CSV (RFC 4180, CRLF), one row per source with a header row. */
export function writeSourcesCsv(sources: readonly SourceRecord[]): string {
  const lines = [
    COLUMNS.join(','),
    ...sources.map((s) => COLUMNS.map((c) => cell(s[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
