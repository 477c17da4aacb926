import { extname } from 'node:path';
import {
  IMPORT_FORMAT,
  catalogueInstrumentId,
  consentTypes,
  identifierKey,
  importDocumentSchema,
  sourceId,
} from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import { instrumentKindOf } from '../dataset/instrument-kind-of';
import { consentLetters } from '../dataset/untc-columns';
import { ImportError } from '../errors';
import type { ImportIssue } from '../errors';
import { resolveCountry } from '../resolve/countries';
import { resolveInstrument, resolveOrganization } from '../resolve/registry';
import { readTextFile } from './read-text-file';
import { CONSENT_SUFFIXES, SUPERSCRIPTS, parseStatusDate } from './status-date';
import type { ConsentType } from './status-date';
import type { StatusGrid } from './status-row';
import { htmlStatusGrid } from './status-table-html';
import { textStatusGrid } from './status-table-text';
import { instrumentFromHeadings, untcHeading } from './status-table-title';

/** Where a status table was published. `id` defaults to `sourceId(url)`. */
export type StatusTableSource = {
  id?: string;
  url?: string;
  title?: string;
  publisher?: string;
  retrievedOn?: string;
};

export type StatusTableOptions = {
  /**
   * Registry id, name or alias of the instrument, for example `untoc-trafficking-protocol`;
   * by default the instrument the table's heading names.
   */
  instrument?: string;
  source?: StatusTableSource;
  /** The date the table was known to be true (YYYY-MM-DD); by default its "Status as at". */
  asOf?: string;
  /**
   * Whether the table lists every participant as at `asOf`, so that a state it leaves out was
   * no party then. By default a table that prints the status page's "Status as at" heading is
   * that whole page, and any other (a CSV, a paste without the heading) may be a cut.
   */
  complete?: boolean;
};

/** A remark on a row, such as a footnote that tells of a withdrawal without its date. */
export type StatusTableNote = { file: string; line: number; message: string };

export type StatusTable = {
  document: ImportDocument;
  notes: StatusTableNote[];
  /**
   * The instrument's id: the registry's, given or read from the heading, else the one its UNTC
   * number gives (`untc-iv-15`), whose node the document holds.
   */
  instrument: string;
  asOf: string;
  /** Whether the document declares the table complete (its COVERS relationship). */
  complete: boolean;
};

const CONSENT_TYPES = new Set<string>(consentTypes);

/** Strips footnote markers: `Serbia 7`, `Montenegro3`, superscript digits. */
export function participantName(cell: string): string {
  return cell
    .replace(SUPERSCRIPTS, '')
    .replace(/\s*\d+(?:\s*,\s*\d+)*\s*$/, '')
    .trim();
}

type InstrumentRow = NonNullable<ImportDocument['nodes']['Instrument']>[number];

/**
 * The instrument a table is of: the registry's, given or named by the heading; else, for a
 * treaty the registry lacks, a new one from the UNTC heading's number, title and date, which
 * the writer joins to an instrument the graph already holds under that number or title.
 */
function instrumentOf(
  grid: StatusGrid,
  options: StatusTableOptions,
  issues: ImportIssue[],
): { id: string; row?: InstrumentRow } {
  if (options.instrument === undefined) {
    const id = instrumentFromHeadings(grid.headings);
    if (id) return { id };
    const heading = untcHeading(grid.headings);
    if (heading) {
      const identifier = { scheme: 'untc' as const, value: heading.reference };
      const row = {
        id: catalogueInstrumentId(identifier),
        name: heading.title,
        kind: instrumentKindOf(heading.title),
        ...(heading.adoptedOn && { adoptedOn: heading.adoptedOn }),
        identifiers: [identifierKey(identifier)],
      };
      return { id: row.id, row };
    }
    issues.push({
      code: 'SCHEMA',
      message:
        'the table names no instrument in its heading (a registry title, or a UNTC chapter and ' +
        'number): give it (--instrument)',
      field: 'instrument',
    });
    return { id: 'unknown' };
  }
  const resolved = resolveInstrument(options.instrument);
  const named = instrumentFromHeadings(grid.headings);
  if ('id' in resolved && named && named !== resolved.id) {
    issues.push({
      code: 'SCHEMA',
      message: `the table's heading names ${named}, not ${resolved.id}`,
      field: 'instrument',
    });
  }
  if ('id' in resolved) return { id: resolved.id };
  issues.push({
    code: 'UNKNOWN_REFERENCE',
    message: `no Instrument "${options.instrument}"`,
    field: 'instrument',
    candidates: resolved.candidates,
  });
  return { id: options.instrument };
}

function asOfOf(grid: StatusGrid, options: StatusTableOptions, issues: ImportIssue[]): string {
  const asOf = options.asOf ?? grid.statusAsAt;
  if (asOf === undefined) {
    issues.push({
      code: 'SCHEMA',
      message: 'the table prints no "Status as at" date: give the date it was true (--as-of)',
      field: 'asOf',
    });
    return '';
  }
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? parseStatusDate(asOf) : 'invalid';
  if (parsed === 'invalid') {
    issues.push({
      code: 'SCHEMA',
      message: `asOf "${asOf}" is not a YYYY-MM-DD date`,
      field: 'asOf',
    });
  }
  return asOf;
}

/**
 * Turns the rows of a status table into a `treatygraph/1` document of PARTY_TO relationships
 * from each state, and ORGANIZATION_PARTY_TO from each registry organization (the European
 * Union), to the instrument. Every issue is reported at once in one ImportError
 * (INVALID_DOCUMENT).
 */
function statusDocument(
  grid: StatusGrid,
  options: StatusTableOptions & { file: string },
): StatusTable {
  const { file } = options;
  const issues: ImportIssue[] = [...grid.issues];
  const notes: StatusTableNote[] = grid.notes.map((n) => ({ file, ...n }));
  const instrument = instrumentOf(grid, options, issues);
  const instrumentId = instrument.id;
  const { letters, plain } = consentLetters(grid.consentHeading ?? '');
  const asOf = asOfOf(grid, options, issues);
  const { url, title, publisher, retrievedOn } = options.source ?? {};
  const source = {
    id: options.source?.id ?? (url ? sourceId(url) : `src-untc-status-${instrumentId}`),
    ...(url && { url }),
    ...(title && { title }),
    publisher: publisher ?? 'United Nations Treaty Collection',
    ...(retrievedOn && { retrievedOn }),
  };
  const seen = new Map<string, number>();
  const relationships: ImportDocument['relationships'] = [];
  for (const { line, text: quote, cells, consentType: typeCell } of grid.rows) {
    const issue = (field: string, message: string, candidates?: string[]) =>
      issues.push({
        code: field === 'participant' ? 'UNKNOWN_REFERENCE' : 'SCHEMA',
        message,
        line,
        field,
        ...(candidates && { candidates }),
      });
    const name = participantName(cells.participant);
    const country = resolveCountry(name);
    // An organization (the European Union approving a convention) is a party as a state is.
    const organization = 'candidates' in country ? resolveOrganization(name) : undefined;
    const participant =
      'code' in country ? country.code : organization && 'id' in organization && organization.id;
    if (!participant) {
      issue('participant', `no state or organization named "${name}"`, [
        ...('candidates' in country ? country.candidates.slice(0, 5) : []),
      ]);
      continue;
    }
    if ('code' in country && cells.iso3 && cells.iso3.toUpperCase() !== country.code) {
      issue('iso3', `"${name}" is ${country.code}, not ${cells.iso3}`);
    }
    if (!('code' in country) && cells.iso3) {
      issue('iso3', `"${name}" is an organization, which has no ISO 3166-1 code (${cells.iso3})`);
    }
    const signed = parseStatusDate(cells.signature);
    const consent = parseStatusDate(cells.consent);
    const withdrawn = parseStatusDate(cells.withdrawal ?? '');
    if (signed === 'invalid') issue('signature', `"${cells.signature}" is not a date`);
    if (consent === 'invalid') issue('consent', `"${cells.consent}" is not a date`);
    if (withdrawn === 'invalid') issue('withdrawal', `"${cells.withdrawal}" is not a date`);
    if (signed === 'invalid' || consent === 'invalid' || withdrawn === 'invalid') continue;
    if (!signed && !consent) {
      issue('signature', 'neither a signature nor a consent date');
      continue;
    }
    if (signed?.suffix) issue('signature', `a signature takes no suffix ("${signed.suffix}")`);
    // A type column wins over a suffix; an empty type column leaves an unsuffixed date untyped.
    let consentType: string | undefined;
    if (typeCell) {
      consentType = typeCell
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      if (!CONSENT_TYPES.has(consentType)) issue('consent_type', `unknown type "${typeCell}"`);
    } else if (consent?.suffix) {
      // The heading's letters first (`Formal confirmation(c)`), then the usual ones.
      consentType = letters[consent.suffix] ?? CONSENT_SUFFIXES[consent.suffix];
      if (!consentType) {
        const heading = grid.consentHeading ? ` of "${grid.consentHeading}"` : '';
        issue('consent', `"${consent.suffix}" after ${consent.date} is no action letter${heading}`);
      }
    } else if (consent && typeCell === undefined) consentType = plain ?? 'ratification';
    const earlier = seen.get(participant);
    if (earlier !== undefined) {
      issues.push({
        code: 'DUPLICATE',
        message: `${participant} is also on line ${earlier}`,
        line,
        field: 'participant',
      });
      continue;
    }
    seen.set(participant, line);
    relationships.push({
      type: 'code' in country ? 'PARTY_TO' : 'ORGANIZATION_PARTY_TO',
      from: participant,
      to: instrumentId,
      ...(signed && { signedOn: signed.date }),
      ...(consent && { consentOn: consent.date }),
      ...(consent && consentType && { consentType: consentType as ConsentType }),
      ...(withdrawn && { withdrawnOn: withdrawn.date }),
      source: source.id,
      quote,
      asOf,
    });
  }
  // What the table covers, so that a state it leaves out reads as not party only when complete.
  const complete = options.complete ?? grid.statusAsAt !== undefined;
  relationships.push({ type: 'COVERS', from: source.id, to: instrumentId, asOf, complete });
  const nodes = { Source: [source], ...(instrument.row && { Instrument: [instrument.row] }) };
  const document = { format: IMPORT_FORMAT, nodes, relationships };
  const checked = importDocumentSchema.safeParse(document);
  if (issues.length === 0 && !checked.success) {
    for (const { message, path } of checked.error.issues) {
      issues.push({ code: 'SCHEMA', message, field: path.join('.') });
    }
  }
  if (issues.length > 0) {
    const details = issues
      .map((issue) => ({ ...issue, file }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const count = details.length === 1 ? '1 issue' : `${details.length} issues`;
    throw new ImportError({ code: 'INVALID_DOCUMENT', message: `${file}: ${count}`, details });
  }
  return { document: document as ImportDocument, notes, instrument: instrumentId, asOf, complete };
}

function isHtml(text: string, file: string): boolean {
  return /^\.html?$/i.test(extname(file)) || /^\s*<(!doctype|html)\b/i.test(text);
}

/**
 * Parses a UN Treaty Collection status table, saved as CSV or HTML or pasted as text from the
 * status page, into a `treatygraph/1` document of PARTY_TO relationships from each state (and
 * ORGANIZATION_PARTY_TO from each organization) to the instrument, with signature, consent and withdrawal dates and consent types, and a COVERS
 * relationship from the source saying whether the table is complete. The instrument, the as-of
 * date and completeness default to what the page's heading says.
 * @example parseStatusTable({ text: 'Albania\t12 Dec 2000\t21 Aug 2002\n', file: 'a.txt',
 *   instrument: 'untoc', source: { url: 'https://treaties.un.org/' }, asOf: '2014-01-27' })
 */
export function parseStatusTable(
  options: StatusTableOptions & { text: string; file: string },
): StatusTable {
  const { text, file } = options;
  const grid = isHtml(text, file) ? htmlStatusGrid(text) : textStatusGrid(text);
  return statusDocument(grid, options);
}

/** Reads a status table (CSV, HTML or pasted text) from disk; see `parseStatusTable`. */
export function readStatusTable(file: string, options: StatusTableOptions): StatusTable {
  const text = readTextFile(file);
  return parseStatusTable({ ...options, text, file });
}
