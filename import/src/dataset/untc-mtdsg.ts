import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ImportError } from '../errors';
import { readTextFile } from '../read/read-text-file';
import { participantName } from '../read/status-table';
import { resolveCountry } from '../resolve/countries';
import type { CountryResolution } from '../resolve/countries';
import { resolveOrganization } from '../resolve/registry';
import type { Dataset, DatasetNote, SourceClaim, SourceInstrument, SourceTable } from './dataset';
import { notAState } from './not-a-state';
import { readCsv } from './read-csv';
import { untcCell } from './untc-cell';
import { untcColumns } from './untc-columns';
import type { UntcColumn } from './untc-columns';

/** The files were scraped on this day (the upstream commit): every claim was true then. */
const RETRIEVED_ON = '2015-03-14';

export const UNTC_SOURCE = {
  id: 'src-untc-mtdsg-2015',
  url: 'https://treaties.un.org/Pages/ParticipationStatus.aspx',
  title: 'Multilateral Treaties Deposited with the Secretary-General: status tables, to March 2015',
  publisher: 'United Nations Treaty Collection',
  retrievedOn: RETRIEVED_ON,
  licence: 'No licence stated: public facts scraped from the UN Treaty Collection',
  citation:
    'United Nations Treaty Collection, Multilateral Treaties Deposited with the ' +
    'Secretary-General, status as at March 2015 (scraped by zmjones/untreaties, commit 003ce13).',
  // The Secretary-General is the depositary: its record outranks research datasets.
  precedence: 1,
};

/** Whether a folder has the MTDSG layout: index.csv and a treaties folder. */
export function isUntcMtdsg(dir: string): boolean {
  return existsSync(join(dir, 'index.csv')) && existsSync(join(dir, 'treaties'));
}

/**
 * `Convention on the Rights of the Child. New York, 20 November 1989` → its title and date of
 * adoption; the whole text as the title when it ends in no date.
 */
export function untcTitle(text: string): { name: string; adoptedOn?: string } {
  const match = /^(.*)\.\s+[^.]*?(\d{1,2} [A-Za-z]+ \d{4})\s*$/s.exec(text.trim());
  const cell = match ? untcCell(match[2] ?? '') : undefined;
  if (!match || !cell || cell === 'invalid') return { name: text.trim() };
  return { name: (match[1] ?? '').trim(), adoptedOn: cell.date };
}

type IndexEntry = SourceInstrument & { key: string };

function readIndex(dir: string): IndexEntry[] {
  const file = join(dir, 'index.csv');
  const [header, ...rows] = readCsv(file);
  const columns = header?.cells ?? [];
  const at = (name: string) => columns.indexOf(name);
  const missing = ['chapter_no', 'treaty_no', 'treaty_name', 'url'].filter((c) => at(c) < 0);
  if (missing.length > 0) {
    throw new ImportError({
      code: 'SCHEMA',
      message: `${file}: no ${missing.join(', ')} column; nothing was written`,
      details: [{ code: 'SCHEMA', file, line: 1, message: `missing ${missing.join(', ')}` }],
    });
  }
  return rows.map(({ line, cells }) => {
    const cell = (name: string) => (cells[at(name)] ?? '').trim();
    const number = /mtdsg_no=([^&]+)/.exec(cell('url'))?.[1];
    const key = `${cell('chapter_no')}-${cell('treaty_no').replaceAll('.', '-')}`;
    return {
      key,
      identifier: { scheme: 'untc' as const, value: number ?? key },
      ...untcTitle(cell('treaty_name')),
      file,
      line,
    };
  });
}

function claimProps(
  cells: string[],
  columns: UntcColumn[],
  problem: (message: string) => void,
): Record<string, string | string[]> | undefined {
  const props: Record<string, string | string[]> = {};
  const other: string[] = [];
  let bad = false;
  for (const column of columns) {
    const text = (cells[column.index] ?? '').trim();
    if (column.role === 'other') {
      if (text === '') continue;
      const cell = untcCell(text);
      const value = cell && cell !== 'invalid' ? cell.date : text;
      other.push(`${column.heading}: ${value}`);
      continue;
    }
    const cell = untcCell(text);
    if (cell === undefined) continue;
    if (cell === 'invalid') {
      problem(`"${text}" under "${column.heading}" is not a date`);
      bad = true;
      continue;
    }
    if (column.role === 'signature') {
      props.signedOn ??= cell.date;
      // "Signature, Succession to signature(d)": a successor state took over a signature.
      const how = cell.letter && column.letters[cell.letter];
      if (how) other.push(`Signature by ${how}: ${cell.date}`);
    } else if (column.role === 'provisional') props.provisionalOn ??= cell.date;
    else if (props.consentOn) other.push(`${column.heading}: ${cell.date}`);
    else {
      props.consentOn = cell.date;
      const type = cell.letter ? column.letters[cell.letter] : column.plain;
      if (cell.letter && !type) {
        problem(`"${cell.letter}" after ${cell.date} is no action letter of "${column.heading}"`);
        bad = true;
      }
      if (type) props.consentType = type;
    }
  }
  if (other.length > 0) props.otherActions = other;
  return bad ? undefined : props;
}

/**
 * A table's claims, and whether it is still complete: a state's row left out for a cell that
 * is no date would otherwise read as "not party".
 */
function readTable(
  file: string,
  entry: IndexEntry,
  skipped: DatasetNote[],
): { claims: SourceClaim[]; complete: boolean } {
  const [header, ...rows] = readCsv(file);
  const headings = header?.cells ?? [];
  if (headings[0]?.trim() !== 'Participant') {
    throw new ImportError({
      code: 'SCHEMA',
      message: `${file}: the first column is not "Participant"; nothing was written`,
      details: [{ code: 'SCHEMA', file, line: 1, message: `heading "${headings[0] ?? ''}"` }],
    });
  }
  const columns = untcColumns(headings);
  const seen = new Map<string, number>();
  const claims: SourceClaim[] = [];
  let complete = true;
  for (const { line, cells } of rows) {
    const note = (message: string) => skipped.push({ file, line, message });
    const name = participantName(cells[0] ?? '');
    if (name === '') continue;
    const party = participantOf(name);
    if (!party) {
      note(`"${name}" ${notAState(name)}: row left out`);
      continue;
    }
    const earlier = seen.get(party.state);
    if (earlier !== undefined) {
      note(`${party.state} is also on line ${earlier}: row left out`);
      continue;
    }
    const props = claimProps(cells, columns, (m) => note(`${m}: row left out`));
    if (!props) {
      complete = false;
      continue;
    }
    seen.set(party.state, line);
    claims.push({
      instrument: entry.identifier,
      ...party,
      props,
      quote: cells.join(', '),
      file,
      line,
    });
  }
  return { claims, complete };
}

type Party = Pick<SourceClaim, 'state' | 'party'>;

// Tables repeat the same two hundred names 23,000 times: resolve each once.
const parties = new Map<string, Party | undefined>();
/** A participant as a gazetteer state, else as a registry organization (the European Union). */
function participantOf(name: string): Party | undefined {
  if (parties.has(name)) return parties.get(name);
  const country: CountryResolution = resolveCountry(name);
  const organization = resolveOrganization(name);
  const party: Party | undefined =
    'code' in country
      ? { state: country.code }
      : 'id' in organization
        ? { state: organization.id, party: 'Organization' }
        : undefined;
  parties.set(name, party);
  return party;
}

/** `#Afghanistan` headings and the text under each, with the heading's line. */
function declarationSections(text: string): { line: number; name: string; text: string }[] {
  const sections: { line: number; name: string; text: string[] }[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    if (lineText.startsWith('#')) sections.push({ line: i + 1, name: lineText.slice(1), text: [] });
    else sections.at(-1)?.text.push(lineText);
  });
  return sections.map((s) => ({ ...s, text: s.text.join('\n').trim() }));
}

function attachDeclarations(file: string, claims: SourceClaim[], skipped: DatasetNote[]): void {
  const byState = new Map(claims.map((c) => [c.state, c]));
  for (const section of declarationSections(readTextFile(file))) {
    const note = (message: string) => skipped.push({ file, line: section.line, message });
    const name = participantName(section.name);
    if (section.text === '') continue;
    const party = participantOf(name);
    if (!party) {
      note(`"${name}" ${notAState(name)}: its text left out`);
      continue;
    }
    const claim = byState.get(party.state);
    if (!claim) {
      note(`${party.state} has no row in the status table: its text left out`);
      continue;
    }
    claim.props.reservations = section.text;
  }
}

/**
 * Reads a UN Treaty Collection MTDSG folder: `index.csv` gives every treaty's number, title
 * and date (an instrument each, with or without a table), `treaties/<key>.csv` one status
 * table per treaty in any of its shapes, and `declarations/<key>.txt` the reservation and
 * declaration texts, attached to the participation they belong to. Rows that cannot be read
 * (a participant that is no state, a cell that is no date) are left out and listed in
 * `skipped` with their file and line; a file that cannot be read at all refuses the folder.
 * Each table is the depositary's whole list as at the scrape, so complete, unless a state's
 * row had to be left out.
 */
export function readUntcMtdsg(
  dir: string,
  progress: (message: string) => void = () => undefined,
): Dataset {
  const index = readIndex(dir);
  const byKey = new Map(index.map((entry) => [entry.key, entry]));
  const skipped: DatasetNote[] = [];
  const claims: SourceClaim[] = [];
  const covered: SourceTable[] = [];
  const tables = readdirSync(join(dir, 'treaties'))
    .filter((f) => f.endsWith('.csv'))
    .sort();
  for (const [i, name] of tables.entries()) {
    const file = join(dir, 'treaties', name);
    const entry = byKey.get(basename(name, '.csv'));
    if (!entry) {
      skipped.push({ file, message: 'no index.csv row names this table: file left out' });
      continue;
    }
    const table = readTable(file, entry, skipped);
    const declarations = join(dir, 'declarations', `${entry.key}.txt`);
    if (existsSync(declarations)) attachDeclarations(declarations, table.claims, skipped);
    claims.push(...table.claims);
    covered.push({ instrument: entry.identifier, complete: table.complete });
    if ((i + 1) % 50 === 0) progress(`read ${i + 1}/${tables.length} status tables`);
  }
  progress(`read ${tables.length} status tables: ${claims.length} participations`);
  const withTable = new Set(tables.map((name) => basename(name, '.csv')));
  const texts = existsSync(join(dir, 'declarations')) ? readdirSync(join(dir, 'declarations')) : [];
  for (const name of texts.filter((f) => !withTable.has(basename(f, '.txt')))) {
    const file = join(dir, 'declarations', name);
    skipped.push({ file, message: 'no status table for these texts: file left out' });
  }
  return {
    layout: 'untc-mtdsg',
    source: UNTC_SOURCE,
    instruments: index.map(({ key: _key, ...instrument }) => instrument),
    claims,
    tables: covered,
    skipped,
  };
}
