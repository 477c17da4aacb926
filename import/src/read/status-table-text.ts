import type { ImportIssue } from '../errors';
import { parseStatusDate } from './status-date';
import type { StatusGrid, StatusRow } from './status-row';
import { statusAsAt } from './status-table-title';

// A minimal RFC 4180 line split: quoted fields may hold commas and doubled quotes.
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

type Columns = {
  participant: number;
  iso3: number;
  signature: number;
  consent: number;
  consentType: number;
  withdrawal: number;
};

/** Which column holds what, matched loosely; undefined without a participant column. */
export function statusColumns(header: string[]): Columns | undefined {
  const keys = header.map(headerKey);
  const find = (test: (key: string) => boolean) => keys.findIndex(test);
  const consentType = find((k) => /^consent_?type$|^type$/.test(k));
  const withdrawal = find((k) => /withdraw|denunciation/.test(k));
  const columns = {
    participant: find((k) => /^participants?(_name)?$|^(state|country)(_name)?$/.test(k)),
    iso3: find((k) => /^iso_?3$|^iso_?alpha_?3$/.test(k)),
    signature: find((k) => /^signature(_date)?$|^signed(_on)?$/.test(k)),
    consent: keys.findIndex(
      (k, i) =>
        i !== consentType &&
        i !== withdrawal &&
        /ratification|accession|acceptance|approval|succession|consent/.test(k),
    ),
    consentType,
    withdrawal,
  };
  return columns.participant < 0 ? undefined : columns;
}

function csvRows(lines: string[], headerIndex: number, columns: Columns): StatusRow[] {
  const at = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] ?? ''));
  return lines.flatMap((text, index) => {
    if (index <= headerIndex || text.trim() === '') return [];
    const cells = csvCells(text);
    const iso3 = at(cells, columns.iso3);
    const withdrawal = at(cells, columns.withdrawal);
    return [
      {
        line: index + 1,
        text: text.trim(),
        cells: {
          participant: at(cells, columns.participant),
          ...(iso3 && { iso3 }),
          signature: at(cells, columns.signature),
          consent: at(cells, columns.consent),
          ...(withdrawal && { withdrawal }),
        },
        ...(columns.consentType >= 0 && { consentType: at(cells, columns.consentType) }),
      },
    ];
  });
}

// Tabs keep empty cells in place; without tabs, two or more spaces separate cells.
function cellsOfLine(raw: string): string[] {
  const text = raw.trim();
  const cells = (raw.includes('\t') ? raw.split('\t') : text.split(/\s{2,}/)).map((c) => c.trim());
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

const HEADER = /^\s*participants?\b/i;
// Sections the status page prints below the table.
const AFTER_TABLE =
  /^\s*(notes?|end ?notes?|declarations?|reservations?|objections?|territorial application)\b\s*:?\s*$/i;

function textRows(lines: string[], first: number, issues: ImportIssue[]): StatusRow[] {
  const rows: StatusRow[] = [];
  for (let index = first; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const text = raw.trim();
    if (AFTER_TABLE.test(text)) break;
    if (text === '' || HEADER.test(text)) continue;
    const line = index + 1;
    const schemaIssue = (message: string) => issues.push({ code: 'SCHEMA', message, line });
    const cells = cellsOfLine(raw);
    const [participant = '', ...dates] = cells;
    if (dates.length === 0 || dates.length > 2) {
      schemaIssue('expected a participant and one or two dates (signature, consent)');
      continue;
    }
    let [signature = '', consent = ''] = dates;
    if (dates.length === 1) {
      // One date after one separator: a suffix marks a consent; otherwise it cannot be told.
      const only = parseStatusDate(signature);
      if (only !== 'invalid' && only?.suffix) [signature, consent] = ['', signature];
      else if (!raw.includes('\t')) {
        schemaIssue('one date without a suffix: separate signature and consent with tabs');
        continue;
      }
    }
    rows.push({ line, text, cells: { participant, signature, consent } });
  }
  return rows;
}

/** The CSV header and its columns, or undefined when the text is not a CSV table. */
function csvHeader(lines: string[]): { headerIndex: number; columns: Columns } | undefined {
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  const header = lines[headerIndex] ?? '';
  if (header.includes('\t') || !header.includes(',')) return undefined;
  const columns = statusColumns(csvCells(header));
  return columns && { headerIndex, columns };
}

/**
 * The rows of a status table saved as CSV or pasted as text from the status page. Pasted text
 * may keep the page's heading above the `Participant` header line (it names the instrument and
 * the "Status as at" date) and its notes below the table.
 */
export function textStatusGrid(text: string): StatusGrid {
  const lines = text.split(/\r?\n/);
  const csv = csvHeader(lines);
  if (csv) {
    const rows = csvRows(lines, csv.headerIndex, csv.columns);
    const consentHeading = csvCells(lines[csv.headerIndex] ?? '')[csv.columns.consent];
    return { rows, headings: [], ...(consentHeading && { consentHeading }), issues: [], notes: [] };
  }
  const issues: ImportIssue[] = [];
  const header = lines.findIndex((l) => HEADER.test(l) && /\t|\s{2,}/.test(l.trim()));
  const headings = header > 0 ? lines.slice(0, header).filter((l) => l.trim() !== '') : [];
  const rows = textRows(lines, Math.max(header, 0), issues);
  const asAt = statusAsAt(headings.join('\n'));
  // The pasted header: Participant, Signature, then the consent heading.
  const consentHeading = cellsOfLine(lines[header] ?? '')[2];
  return {
    rows,
    headings,
    ...(consentHeading && { consentHeading }),
    ...(asAt && { statusAsAt: asAt }),
    issues,
    notes: [],
  };
}

/** Whether pasted text has the status page's header line (Participant, Signature, …). */
export function hasStatusHeader(text: string): boolean {
  return text.split(/\r?\n/).some((l) => /^\s*participants?\s*(\t|\s{2,})\s*signature/i.test(l));
}
