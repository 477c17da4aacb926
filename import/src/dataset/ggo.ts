import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from '../errors';
import { stateRows } from '../resolve/countries';
import type { Dataset, DatasetNote, SourceClaim, SourceInstrument } from './dataset';
import { GGO_STATE_CODES } from './ggo-state-codes';
import { readCsv } from './read-csv';
import type { CsvRow } from './read-csv';

export const GGO_SOURCE = {
  id: 'src-manytreaties-ggo',
  url: 'https://github.com/globalgov/manytreaties',
  title: 'manytreaties v1.0.0: Global Governance Observatory agreements and parties',
  publisher: 'Global Governance Observatory, Geneva Graduate Institute',
  retrievedOn: '2025-10-05',
  licence: 'CC BY 4.0',
  citation:
    'Hollway, J. & Sposito, H. (2025). manytreaties: Many international agreements and their ' +
    'parties. Global Governance Observatory. CC BY 4.0.',
  precedence: 2,
};

const QUOTED = [
  'stateID',
  'treatyID',
  'StateSignature',
  'StateRatification',
  'StateForce',
  'StateEnd',
];

/** `End` and `StateEnd` write an open end as this date. */
const OPEN_END = '9999-12-31';

/** Whether a folder has the manytreaties layout: agreements.csv and parties.csv. */
export function isGgo(dir: string): boolean {
  return existsSync(join(dir, 'agreements.csv')) && existsSync(join(dir, 'parties.csv'));
}

type Table = { file: string; rows: CsvRow[]; at: (name: string) => number };

function readTable(file: string, required: string[]): Table {
  const [header, ...rows] = readCsv(file);
  const columns = header?.cells ?? [];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new ImportError({
      code: 'SCHEMA',
      message: `${file}: no ${missing.join(', ')} column; nothing was written`,
      details: [{ code: 'SCHEMA', file, line: 1, message: `missing ${missing.join(', ')}` }],
    });
  }
  return { file, rows, at: (name) => columns.indexOf(name) };
}

/**
 * A GGO date: `YYYY-MM-DD`, also with the `?` GGO marks an uncertain day with; a partial
 * date (`1998`, `2018-10`) is reported through `partial` and left out.
 */
function ggoDate(text: string, partial: (text: string) => void): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})\??$/.exec(value);
  if (match && !Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`))) return match[1];
  partial(value);
  return undefined;
}

function instrumentOf(
  table: Table,
  row: CsvRow,
  skipped: DatasetNote[],
): SourceInstrument | undefined {
  const cell = (name: string) => (row.cells[table.at(name)] ?? '').trim();
  const note = (message: string) => skipped.push({ file: table.file, line: row.line, message });
  const date = (name: string) =>
    ggoDate(cell(name), (v) => note(`${name} "${v}" is not a full date: left out`));
  const name = cell('Title');
  const id = cell('treatyID');
  if (!name || !id) {
    note('no treatyID or Title: row left out');
    return undefined;
  }
  const adoptedOn = date('Signature') ?? date('Begin');
  const entryIntoForceOn = date('Force');
  return {
    identifier: { scheme: 'ggo', value: id },
    name,
    ...(adoptedOn && { adoptedOn }),
    ...(entryIntoForceOn && { entryIntoForceOn }),
    file: table.file,
    line: row.line,
  };
}

/**
 * Reads the manytreaties GGO tables: `agreements.csv` gives the instruments (an agreement
 * named only in `parties.csv` is created from the title and dates there), `parties.csv` one
 * claim per state and agreement: signature, ratification (consent), entry into force for the
 * state, and an end other than the open `9999-12-31` as the withdrawal. A code that is no
 * gazetteer state, a repeated treatyID or state and agreement, and a partial date are left
 * out and listed in `skipped` with their file and line.
 */
export function readGgo(
  dir: string,
  progress: (message: string) => void = () => undefined,
): Dataset {
  const skipped: DatasetNote[] = [];
  const agreements = readTable(join(dir, 'agreements.csv'), ['treatyID', 'Title', 'Signature']);
  const instruments = new Map<string, SourceInstrument>();
  for (const row of agreements.rows) {
    const instrument = instrumentOf(agreements, row, skipped);
    if (!instrument) continue;
    const earlier = instruments.get(instrument.identifier.value);
    if (earlier) {
      skipped.push({
        file: agreements.file,
        line: row.line,
        message: `treatyID ${instrument.identifier.value} is also on line ${earlier.line}: row left out`,
      });
      continue;
    }
    instruments.set(instrument.identifier.value, instrument);
  }
  progress(`read ${agreements.rows.length} agreements`);
  const parties = readTable(join(dir, 'parties.csv'), [
    'stateID',
    'treatyID',
    'Title',
    'StateSignature',
    'StateRatification',
    'StateForce',
    'StateEnd',
  ]);
  const states = new Set(stateRows().map((s) => s.code));
  const seen = new Map<string, number>();
  const claims: SourceClaim[] = [];
  for (const row of parties.rows) {
    const cell = (name: string) => (row.cells[parties.at(name)] ?? '').trim();
    const note = (message: string) => skipped.push({ file: parties.file, line: row.line, message });
    const id = cell('treatyID');
    if (!instruments.has(id)) {
      const instrument = instrumentOf(parties, row, skipped);
      if (!instrument) continue;
      instruments.set(id, instrument);
    }
    const code = GGO_STATE_CODES[cell('stateID')] ?? cell('stateID');
    if (!states.has(code)) {
      note(`stateID "${cell('stateID')}" is no state of the gazetteer: row left out`);
      continue;
    }
    const pair = `${code} ${id}`;
    const earlier = seen.get(pair);
    if (earlier !== undefined) {
      note(`${code} and ${id} are also on line ${earlier}: row left out`);
      continue;
    }
    seen.set(pair, row.line);
    const date = (name: string) =>
      ggoDate(cell(name), (v) => note(`${name} "${v}" is not a full date: left out`));
    const end = date('StateEnd');
    const props = Object.fromEntries(
      [
        ['signedOn', date('StateSignature')],
        ['consentOn', date('StateRatification')],
        ['inForceOn', date('StateForce')],
        ['withdrawnOn', end === OPEN_END ? undefined : end],
      ].filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    claims.push({
      instrument: { scheme: 'ggo', value: id },
      state: code,
      props,
      // The row's facts verbatim; the title, coder and comments are the agreement's, not the claim's.
      quote: QUOTED.map((name) => `${name}=${cell(name)}`).join(', '),
      file: parties.file,
      line: row.line,
    });
    if (claims.length % 20_000 === 0) progress(`read ${claims.length} parties rows`);
  }
  progress(`read ${parties.rows.length} parties rows: ${claims.length} participations`);
  return {
    layout: 'manytreaties-ggo',
    source: GGO_SOURCE,
    instruments: [...instruments.values()],
    claims,
    // GGO codes each agreement's parties from what its coders found; its README claims no
    // agreement's list whole, so a state it leaves out has no record rather than "not party".
    tables: [...new Set(claims.map((c) => c.instrument.value))].map((value) => ({
      instrument: { scheme: 'ggo' as const, value },
      complete: false,
    })),
    skipped,
  };
}
