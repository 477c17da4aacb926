import { IMPORT_FORMAT, importDocumentSchema, sourceId } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import { ImportError } from '../errors';
import type { ImportIssue } from '../errors';
import { resolveCountry } from '../resolve/countries';
import { resolveInstrument } from '../resolve/registry';
import { readTextFile } from './read-text-file';

/** How a participant consented to be bound, as the model names it. */
type ConsentType = 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession';

/** Where a status table was published. `id` defaults to `sourceId(url)`. */
export type StatusTableSource = {
  id?: string;
  url?: string;
  title?: string;
  publisher?: string;
  retrievedOn?: string;
};

export type StatusTableOptions = {
  /** Registry id, name or alias of the instrument, for example `untoc-trafficking-protocol`. */
  instrument: string;
  source: StatusTableSource;
  /** The date the table was known to be true (YYYY-MM-DD). */
  asOf: string;
};

/** A row left out on purpose, such as the European Union, which has no ISO 3166-1 code. */
export type StatusTableNote = { file: string; line: number; message: string };

export type StatusTable = { document: ImportDocument; notes: StatusTableNote[] };

// The UNTC suffix after a consent date.
const SUFFIXES: Record<string, ConsentType> = {
  a: 'accession',
  A: 'acceptance',
  AA: 'approval',
  d: 'succession',
};
const CONSENT_TYPES = new Set<string>(['ratification', ...Object.values(SUFFIXES)]);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/g;
const NON_STATES = /^(the )?european (union|community)$/i;

type Cells = { participant: string; iso3?: string; signature: string; consent: string };
type Row = { line: number; text: string; cells: Cells; consentType?: string };
type ParsedDate = { date: string; suffix?: string } | undefined;

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `12 Dec 2000`, `12 December 2000 a`, `2000-12-12`, with an optional suffix and footnote. */
function parseDate(cell: string): ParsedDate | 'invalid' {
  const text = cell.replace(SUPERSCRIPTS, '').trim();
  if (text === '') return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:\s*(AA|a|A|d))?(?:\s+[\d, ]+)?$/.exec(text);
  const dmy = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})(?:\s*(AA|a|A|d))?(?:\s+[\d, ]+)?$/.exec(
    text,
  );
  let date: string | undefined;
  let suffix: string | undefined;
  if (iso) {
    date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    suffix = iso[4];
  } else if (dmy) {
    // `Dec`, `Sept` and `December` alike: at least three letters of the month's name.
    const word = (dmy[2] ?? '').toLowerCase();
    const month = MONTHS.findIndex((m) => word.length >= 3 && m.startsWith(word)) + 1;
    date = month > 0 ? isoDate(Number(dmy[3]), month, Number(dmy[1])) : undefined;
    suffix = dmy[4];
  }
  return date === undefined ? 'invalid' : { date, ...(suffix && { suffix }) };
}

/** Strips footnote markers: `Serbia 7`, `Montenegro3`, superscript digits. */
function participantName(cell: string): string {
  return cell
    .replace(SUPERSCRIPTS, '')
    .replace(/\s*\d+(?:\s*,\s*\d+)*\s*$/, '')
    .trim();
}

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
};

function csvColumns(header: string[]): Columns | undefined {
  const keys = header.map(headerKey);
  const find = (test: (key: string) => boolean) => keys.findIndex(test);
  const consentType = find((k) => /^consent_?type$|^type$/.test(k));
  const columns = {
    participant: find((k) => /^participant(_name)?$|^(state|country)(_name)?$/.test(k)),
    iso3: find((k) => /^iso_?3$|^iso_?alpha_?3$/.test(k)),
    signature: find((k) => /^signature(_date)?$|^signed(_on)?$/.test(k)),
    consent: keys.findIndex(
      (k, i) =>
        i !== consentType &&
        /ratification|accession|acceptance|approval|succession|consent/.test(k),
    ),
    consentType,
  };
  return columns.participant < 0 ? undefined : columns;
}

function csvRows(lines: string[], headerIndex: number, columns: Columns): Row[] {
  const at = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] ?? ''));
  return lines.flatMap((text, index) => {
    if (index <= headerIndex || text.trim() === '') return [];
    const cells = csvCells(text);
    const iso3 = at(cells, columns.iso3);
    return [
      {
        line: index + 1,
        text: text.trim(),
        cells: {
          participant: at(cells, columns.participant),
          ...(iso3 && { iso3 }),
          signature: at(cells, columns.signature),
          consent: at(cells, columns.consent),
        },
        ...(columns.consentType >= 0 && { consentType: at(cells, columns.consentType) }),
      },
    ];
  });
}

function textRows(lines: string[], file: string, issues: ImportIssue[]): Row[] {
  return lines.flatMap((raw, index) => {
    const text = raw.trim();
    if (text === '' || /^participant\b/i.test(text)) return [];
    // Tabs keep empty cells in place; without tabs, two or more spaces separate cells.
    const cells = (raw.includes('\t') ? raw.split('\t') : text.split(/\s{2,}/)).map((c) =>
      c.trim(),
    );
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    const [participant = '', ...dates] = cells;
    const line = index + 1;
    if (dates.length === 0 || dates.length > 2) {
      issues.push({
        code: 'SCHEMA',
        message: 'expected a participant and one or two dates (signature, consent)',
        file,
        line,
      });
      return [];
    }
    let [signature = '', consent = ''] = dates;
    if (dates.length === 1) {
      // One date after one separator: a suffix marks a consent; otherwise it cannot be told.
      const only = parseDate(signature);
      if (only !== 'invalid' && only?.suffix) [signature, consent] = ['', signature];
      else if (!raw.includes('\t')) {
        issues.push({
          code: 'SCHEMA',
          message: 'one date without a suffix: separate signature and consent with tabs',
          file,
          line,
        });
        return [];
      }
    }
    return [{ line, text, cells: { participant, signature, consent } }];
  });
}

/** The CSV header and its columns, or undefined when the text is not a CSV table. */
function csvHeader(lines: string[]): { headerIndex: number; columns: Columns } | undefined {
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  const header = lines[headerIndex] ?? '';
  if (header.includes('\t') || !header.includes(',')) return undefined;
  const columns = csvColumns(csvCells(header));
  return columns && { headerIndex, columns };
}

/**
 * Parses a UN Treaty Collection status table, as CSV or as text pasted from the status page,
 * into a `treatygraph/1` document of PARTY_TO relationships from each state to the instrument.
 * The European Union (no ISO 3166-1 code) is left out with a note. Every issue is reported at
 * once in one ImportError (INVALID_DOCUMENT).
 * @example parseStatusTable({ text: 'Albania\t12 Dec 2000\t21 Aug 2002\n', file: 'a.txt',
 *   instrument: 'untoc', source: { url: 'https://treaties.un.org/' }, asOf: '2014-01-27' })
 */
export function parseStatusTable(
  options: StatusTableOptions & { text: string; file: string },
): StatusTable {
  const { text, file, asOf } = options;
  const issues: ImportIssue[] = [];
  const notes: StatusTableNote[] = [];
  const instrument = resolveInstrument(options.instrument);
  if ('candidates' in instrument) {
    issues.push({
      code: 'UNKNOWN_REFERENCE',
      message: `no Instrument "${options.instrument}"`,
      field: 'instrument',
      file,
      candidates: instrument.candidates,
    });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || parseDate(asOf) === 'invalid') {
    issues.push({ code: 'SCHEMA', message: `asOf "${asOf}" is not a YYYY-MM-DD date`, file });
  }
  const instrumentId = 'id' in instrument ? instrument.id : options.instrument;
  const { url, title, publisher, retrievedOn } = options.source;
  const source = {
    id: options.source.id ?? (url ? sourceId(url) : `src-untc-status-${instrumentId}`),
    ...(url && { url }),
    ...(title && { title }),
    publisher: publisher ?? 'United Nations Treaty Collection',
    ...(retrievedOn && { retrievedOn }),
  };
  const lines = text.split(/\r?\n/);
  const csv = csvHeader(lines);
  const rows = csv ? csvRows(lines, csv.headerIndex, csv.columns) : textRows(lines, file, issues);
  const seen = new Map<string, number>();
  const relationships: ImportDocument['relationships'] = [];
  for (const { line, text: quote, cells, consentType: typeCell } of rows) {
    const issue = (field: string, message: string, candidates?: string[]) =>
      issues.push({
        code: field === 'participant' ? 'UNKNOWN_REFERENCE' : 'SCHEMA',
        message,
        file,
        line,
        field,
        ...(candidates && { candidates }),
      });
    const name = participantName(cells.participant);
    if (NON_STATES.test(name)) {
      notes.push({ file, line, message: `skipped ${name}: not a state (no ISO 3166-1 code)` });
      continue;
    }
    const country = resolveCountry(name);
    if ('candidates' in country) {
      issue('participant', `no state named "${name}"`, country.candidates.slice(0, 5));
      continue;
    }
    if (cells.iso3 && cells.iso3.toUpperCase() !== country.code) {
      issue('iso3', `"${name}" is ${country.code}, not ${cells.iso3}`);
    }
    const signed = parseDate(cells.signature);
    const consent = parseDate(cells.consent);
    if (signed === 'invalid') issue('signature', `"${cells.signature}" is not a date`);
    if (consent === 'invalid') issue('consent', `"${cells.consent}" is not a date`);
    if (signed === 'invalid' || consent === 'invalid') continue;
    if (!signed && !consent) {
      issue('signature', 'neither a signature nor a consent date');
      continue;
    }
    if (signed?.suffix) issue('signature', `a signature takes no suffix ("${signed.suffix}")`);
    // A type column wins over a suffix; an empty type column leaves an unsuffixed date untyped.
    let consentType: string | undefined;
    if (typeCell) {
      consentType = typeCell.toLowerCase();
      if (!CONSENT_TYPES.has(consentType)) issue('consent_type', `unknown type "${typeCell}"`);
    } else if (consent?.suffix) consentType = SUFFIXES[consent.suffix];
    else if (consent && typeCell === undefined) consentType = 'ratification';
    const earlier = seen.get(country.code);
    if (earlier !== undefined) {
      issues.push({
        code: 'DUPLICATE',
        message: `${country.code} is also on line ${earlier}`,
        file,
        line,
        field: 'participant',
      });
      continue;
    }
    seen.set(country.code, line);
    relationships.push({
      type: 'PARTY_TO',
      from: country.code,
      to: instrumentId,
      ...(signed && { signedOn: signed.date }),
      ...(consent && { consentOn: consent.date }),
      ...(consent && consentType && { consentType: consentType as ConsentType }),
      source: source.id,
      quote,
      asOf,
    });
  }
  const document = { format: IMPORT_FORMAT, nodes: { Source: [source] }, relationships };
  const checked = importDocumentSchema.safeParse(document);
  if (issues.length === 0 && !checked.success) {
    for (const { message, path } of checked.error.issues) {
      issues.push({ code: 'SCHEMA', message, file, field: path.join('.') });
    }
  }
  if (issues.length > 0) {
    const details = issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const count = details.length === 1 ? '1 issue' : `${details.length} issues`;
    throw new ImportError({ code: 'INVALID_DOCUMENT', message: `${file}: ${count}`, details });
  }
  return { document: document as ImportDocument, notes };
}

/** Reads a status table (CSV or pasted text) from disk; see `parseStatusTable`. */
export function readStatusTable(file: string, options: StatusTableOptions): StatusTable {
  const text = readTextFile(file);
  return parseStatusTable({ ...options, text, file });
}
