import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { identifierKey } from '@treatygraph/schema';
import { ImportError } from '../errors';
import type { Dataset, DatasetNote, SourceClaim, SourceInstrument } from './dataset';
import { ggoParticipant } from './ggo-state-codes';
import { likeness, normalizeTitle, titlesAlike } from './match-instruments';
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
 * date (`1998`, `2018-10`) is reported through `partial` and left out. `9999-12-31` is GGO's
 * open end, no date: an agreement or participation still running, or a date not known.
 */
function ggoDate(text: string, partial: (text: string) => void): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})\??$/.exec(value);
  if (match?.[1] === OPEN_END) return undefined;
  if (match && !Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`))) return match[1];
  partial(value);
  return undefined;
}

/** The agreement a row describes, with this identifier value; undefined for a row with no title. */
function instrumentOf(
  { table, row, skipped }: { table: Table; row: CsvRow; skipped: DatasetNote[] },
  value: string,
): SourceInstrument | undefined {
  const cell = (name: string) => (row.cells[table.at(name)] ?? '').trim();
  const note = (message: string) => skipped.push({ file: table.file, line: row.line, message });
  const date = (name: string) =>
    ggoDate(cell(name), (v) => note(`${name} "${v}" is not a full date: left out`));
  const name = cell('Title');
  if (!name || !cell('treatyID')) {
    note('no treatyID or Title: row left out');
    return undefined;
  }
  const adoptedOn = date('Signature') ?? date('Begin');
  const entryIntoForceOn = date('Force');
  return {
    identifier: { scheme: 'ggo', value },
    name,
    ...(adoptedOn && { adoptedOn }),
    ...(entryIntoForceOn && { entryIntoForceOn }),
    file: table.file,
    line: row.line,
  };
}

/**
 * GGO's agreements by treatyID. GGO gives one treatyID to several agreements now and then
 * (`FIN-RUS_1922A` to four conventions; `UNCLOS_1982A` to the Part XI Agreement and, in some
 * parties rows, to the Fish Stocks Agreement): the agreements of one treatyID are told apart
 * by title, the first keeps the treatyID as its identifier, the others `treatyID~2`, `~3`...
 */
class Agreements {
  readonly byId = new Map<string, SourceInstrument[]>();

  /** The agreement of this treatyID with this title: the same title, else the most alike. */
  find(id: string, title: string): SourceInstrument | undefined {
    const list = this.byId.get(id) ?? [];
    const same = list.find((a) => normalizeTitle(a.name) === normalizeTitle(title));
    const alike = list
      .filter((a) => titlesAlike(a.name, title))
      .map((a) => ({ a, score: likeness(a.name, title) }))
      .sort((x, y) => y.score - x.score);
    const best = alike[0];
    const tie = alike[1] && alike[1].score === best?.score;
    return same ?? (best && !tie ? best.a : undefined);
  }

  /** A new agreement of this treatyID, from `make(identifier value)`. */
  add(id: string, make: (value: string) => SourceInstrument | undefined) {
    const list = this.byId.get(id) ?? [];
    const instrument = make(list.length === 0 ? id : `${id}~${list.length + 1}`);
    if (instrument) this.byId.set(id, [...list, instrument]);
    return instrument;
  }

  all(): SourceInstrument[] {
    return [...this.byId.values()].flat();
  }
}

const FACTS: [string, string][] = [
  ['StateSignature', 'signedOn'],
  ['StateRatification', 'consentOn'],
  ['StateForce', 'inForceOn'],
  ['StateEnd', 'withdrawnOn'],
];

/**
 * A further row of the same state and agreement joins the first row's claim: the dates the
 * first lacks are taken, and a date it gives otherwise (or no end where the first gives one)
 * is kept beside it in `otherActions` ("StateForce (line 96488): 2004-01-18", "StateEnd
 * (line 45403): none"), so that no row's word is lost.
 */
function mergeInto(
  claim: SourceClaim,
  { props, quote, line }: { props: Record<string, string>; quote: string; line: number },
) {
  const other = (claim.props.otherActions as string[] | undefined) ?? [];
  for (const [column, field] of FACTS) {
    const value = props[field];
    const kept = claim.props[field];
    // An empty StateEnd is a row's word too: the participation has not ended.
    if (value === undefined && field === 'withdrawnOn' && kept !== undefined) {
      other.push(`${column} (line ${line}): none`);
    }
    if (value === undefined) continue;
    if (kept === undefined) claim.props[field] = value;
    else if (kept !== value) other.push(`${column} (line ${line}): ${value}`);
  }
  if (other.length > 0) claim.props.otherActions = other;
  claim.quote = `${claim.quote} | ${quote}`;
  claim.mergedLines = [...(claim.mergedLines ?? []), line];
}

/**
 * Reads the manytreaties GGO tables: `agreements.csv` gives the instruments (an agreement
 * named only in `parties.csv` is created from the title and dates there), `parties.csv` one
 * claim per state and agreement: signature, ratification (consent), entry into force for the
 * state, and an end other than the open `9999-12-31` as the withdrawal. Rows of the same
 * state and agreement make one claim (see `mergeInto`). A code that is no participant
 * (`ggoParticipant`), a repeated agreement row and a partial date are left out and listed in
 * `skipped` with their file and line.
 */
export function readGgo(
  dir: string,
  progress: (message: string) => void = () => undefined,
): Dataset {
  const skipped: DatasetNote[] = [];
  const agreements = readTable(join(dir, 'agreements.csv'), ['treatyID', 'Title', 'Signature']);
  const known = new Agreements();
  for (const row of agreements.rows) {
    const id = (row.cells[agreements.at('treatyID')] ?? '').trim();
    const title = (row.cells[agreements.at('Title')] ?? '').trim();
    const earlier = known.byId
      .get(id)
      ?.find((a) => normalizeTitle(a.name) === normalizeTitle(title));
    if (earlier) {
      skipped.push({
        file: agreements.file,
        line: row.line,
        message: `treatyID ${id} with this title is also on line ${earlier.line}: row left out`,
      });
      continue;
    }
    known.add(id, (value) => instrumentOf({ table: agreements, row, skipped }, value));
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
  const byPair = new Map<string, SourceClaim>();
  const claims: SourceClaim[] = [];
  for (const row of parties.rows) {
    const cell = (name: string) => (row.cells[parties.at(name)] ?? '').trim();
    const note = (message: string) => skipped.push({ file: parties.file, line: row.line, message });
    const id = cell('treatyID');
    const instrument =
      known.find(id, cell('Title')) ??
      known.add(id, (value) => instrumentOf({ table: parties, row, skipped }, value));
    if (!instrument) continue;
    const participant = ggoParticipant(cell('stateID'));
    if ('reason' in participant) {
      note(`stateID "${cell('stateID')}" ${participant.reason}: row left out`);
      continue;
    }
    const party =
      'code' in participant
        ? { state: participant.code }
        : { state: participant.organization, party: 'Organization' as const };
    const code = party.state;
    const date = (name: string) =>
      ggoDate(cell(name), (v) => note(`${name} "${v}" is not a full date: left out`));
    const props = Object.fromEntries(
      FACTS.map(([column, field]) => [field, date(column)]).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
    // The row's facts verbatim; the title, coder and comments are the agreement's, not the claim's.
    const quote = QUOTED.map((name) => `${name}=${cell(name)}`).join(', ');
    const pair = `${code} ${identifierKey(instrument.identifier)}`;
    const earlier = byPair.get(pair);
    if (earlier) {
      mergeInto(earlier, { props, quote, line: row.line });
      continue;
    }
    const claim = { instrument: instrument.identifier, ...party, props, quote };
    byPair.set(pair, { ...claim, file: parties.file, line: row.line });
    claims.push(byPair.get(pair) as SourceClaim);
    if (claims.length % 20_000 === 0) progress(`read ${claims.length} parties rows`);
  }
  progress(`read ${parties.rows.length} parties rows: ${claims.length} participations`);
  return {
    layout: 'manytreaties-ggo',
    source: GGO_SOURCE,
    instruments: known.all(),
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
