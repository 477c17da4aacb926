import { join } from 'node:path';
import { rollCallIssues, voteChoices } from '@treatygraph/schema';
import type { VoteChoice } from '@treatygraph/schema';
import { parse } from 'csv-parse/sync';
import { ImportError } from '../errors';
import type { ImportIssue } from '../errors';
import { readTextFile } from '../read/read-text-file';
import { voterResolver } from './vote-entities';

export const ROLL_CALLS_FILE = 'roll_calls.csv';
export const VOTES_FILE = 'votes.csv';
export const ISSUES_FILE = 'roll_call_issues.csv';

/** A RollCall node's properties, optional flags absent when the dataset leaves them empty. */
export type RollCallRow = {
  id: string;
  date: string;
  session?: number;
  symbol?: string;
  title?: string;
  description?: string;
  issues?: string[];
  amendment?: boolean;
  paragraph?: boolean;
  important?: boolean;
};

/** One VOTED relationship: state code, roll-call id, choice. */
export type VoteRow = { state: string; rollCall: string; choice: VoteChoice };

export type VoteData = {
  rollCalls: RollCallRow[];
  votes: VoteRow[];
  /** Alpha-3 codes of every voter. */
  states: string[];
  /** How each voter of the dataset without a current ISO code was resolved, for the log. */
  historical: { country: string; code: string; votes: number }[];
};

type CsvRecord = { line: number; cells: Record<string, string> };

function readCsv(dir: string, file: string, columns: string[]): CsvRecord[] {
  const path = join(dir, file);
  let header: string[] = [];
  const rows = parse(readTextFile(path), {
    columns: (names: string[]) => (header = names),
    info: true,
    skip_empty_lines: true,
  }) as { info: { lines: number }; record: Record<string, string> }[];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ImportError({
      code: 'SCHEMA',
      message: `${path}: missing column(s) ${missing.join(', ')}`,
      details: missing.map((c) => ({
        code: 'SCHEMA',
        message: `missing column ${c}`,
        file: path,
        line: 1,
      })),
    });
  }
  return rows.map(({ info, record }) => ({ line: info.lines, cells: record }));
}

type Issues = {
  list: ImportIssue[];
  add(at: { file: string; line: number; field: string }, message: string): void;
};

function issueList(): Issues {
  const list: ImportIssue[] = [];
  return {
    list,
    add: (at, message) => list.push({ code: 'SCHEMA', message, ...at }),
  };
}

const FLAGS = { '1': true, '0': false, '': undefined } as const;

function flag(value: string | undefined, at: () => void): boolean | undefined {
  const key = (value ?? '').trim();
  if (key in FLAGS) return FLAGS[key as keyof typeof FLAGS];
  at();
  return undefined;
}

function readRollCalls(dir: string, issues: Issues): Map<string, RollCallRow> {
  const file = join(dir, ROLL_CALLS_FILE);
  const out = new Map<string, RollCallRow>();
  const columns = [
    'rcid',
    'session',
    'importantvote',
    'date',
    'unres',
    'amend',
    'para',
    'short',
    'descr',
  ];
  for (const { line, cells } of readCsv(dir, ROLL_CALLS_FILE, columns)) {
    const bad = (field: string, message: string) => () =>
      issues.add({ file, line, field: field }, message);
    const rcid = cells.rcid?.trim() ?? '';
    if (!/^\d+$/.test(rcid)) {
      bad('rcid', `expected a roll-call number, got "${rcid}"`)();
      continue;
    }
    const id = `unga-${rcid}`;
    if (out.has(id)) bad('rcid', `roll call ${rcid} is listed twice`)();
    const date = cells.date?.trim() ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) bad('date', `expected YYYY-MM-DD, got "${date}"`)();
    const session = cells.session?.trim() ?? '';
    if (session && !/^\d+$/.test(session)) bad('session', `expected a number, got "${session}"`)();
    const text = (value: string | undefined) => value?.trim() || undefined;
    const row: RollCallRow = { id, date };
    if (session) row.session = Number(session);
    const symbol = text(cells.unres);
    const title = text(cells.short);
    const description = text(cells.descr);
    if (symbol) row.symbol = symbol;
    if (title) row.title = title;
    if (description) row.description = description;
    const flags = [
      ['amendment', 'amend'],
      ['paragraph', 'para'],
      ['important', 'importantvote'],
    ] as const;
    for (const [property, column] of flags) {
      const value = flag(
        cells[column],
        bad(column, `expected 0, 1 or empty, got "${cells[column]}"`),
      );
      if (value !== undefined) row[property] = value;
    }
    out.set(id, row);
  }
  return out;
}

function readIssues(dir: string, rollCalls: Map<string, RollCallRow>, issues: Issues): void {
  const file = join(dir, ISSUES_FILE);
  for (const { line, cells } of readCsv(dir, ISSUES_FILE, ['rcid', 'short_name'])) {
    const rollCall = rollCalls.get(`unga-${cells.rcid?.trim()}`);
    const code = cells.short_name?.trim() ?? '';
    if (!rollCall)
      issues.add({ file, line, field: 'rcid' }, `no roll call ${cells.rcid} in ${ROLL_CALLS_FILE}`);
    else if (!(code in rollCallIssues)) {
      issues.add(
        { file, line, field: 'short_name' },
        `unknown issue "${code}" (known: ${Object.keys(rollCallIssues).join(', ')})`,
      );
    } else if (!rollCall.issues?.includes(code)) {
      rollCall.issues = [...(rollCall.issues ?? []), code].sort();
    }
  }
}

const CHOICES = new Map(voteChoices.map((c) => [c.toLowerCase(), c]));

function readVoteRows(dir: string, rollCalls: Map<string, RollCallRow>, issues: Issues) {
  const file = join(dir, VOTES_FILE);
  const resolver = voterResolver();
  const votes: VoteRow[] = [];
  const seen = new Set<string>();
  const historical = new Map<string, { country: string; code: string; votes: number }>();
  for (const { line, cells } of readCsv(dir, VOTES_FILE, [
    'rcid',
    'country',
    'country_code',
    'vote',
  ])) {
    const rollCall = `unga-${cells.rcid?.trim()}`;
    const alpha2 = cells.country_code?.trim() ?? '';
    const country = cells.country?.trim() ?? '';
    const iso = alpha2 ? resolver.iso(alpha2) : undefined;
    const date = rollCalls.get(rollCall)?.date;
    const state = iso ?? (date ? resolver.entity(country, date) : undefined);
    const choice = CHOICES.get(cells.vote?.trim() ?? '');
    if (!rollCalls.has(rollCall))
      issues.add({ file, line, field: 'rcid' }, `no roll call ${cells.rcid} in ${ROLL_CALLS_FILE}`);
    if (date && !state) {
      issues.add(
        { file, line, field: 'country_code' },
        `cannot resolve "${alpha2}" (${country}): add it to import/reference/vote-entities.yaml`,
      );
    }
    if (!choice)
      issues.add({ file, line, field: 'vote' }, `expected yes, no or abstain, got "${cells.vote}"`);
    if (!state || !choice || !rollCalls.has(rollCall)) continue;
    const key = `${state}|${rollCall}`;
    if (seen.has(key)) {
      issues.add(
        { file, line, field: 'country' },
        `${country} (${state}) votes twice in roll call ${cells.rcid}`,
      );
      continue;
    }
    seen.add(key);
    votes.push({ state, rollCall, choice });
    if (!iso) {
      const entry = historical.get(`${country}|${state}`) ?? { country, code: state, votes: 0 };
      entry.votes += 1;
      historical.set(`${country}|${state}`, entry);
    }
  }
  return { votes, historical: [...historical.values()] };
}

/**
 * Reads and validates the three CSV files of the UN General Assembly vote data in `dir`
 * (roll_calls.csv, votes.csv, roll_call_issues.csv). Every issue is collected, each naming
 * file, line and column; any issue throws them all and nothing is returned.
 * @example const data = readVoteData('../shared/data/unga-votes-voeten');
 */
export function readVoteData(dir: string): VoteData {
  const issues = issueList();
  const rollCalls = readRollCalls(dir, issues);
  readIssues(dir, rollCalls, issues);
  const { votes, historical } = readVoteRows(dir, rollCalls, issues);
  if (issues.list.length > 0) {
    const count = issues.list.length;
    throw new ImportError({
      code: 'INVALID_DOCUMENT',
      message: `${count === 1 ? '1 issue' : `${count} issues`} in ${dir}; nothing was written`,
      details: issues.list,
    });
  }
  return {
    rollCalls: [...rollCalls.values()],
    votes,
    states: [...new Set(votes.map((v) => v.state))].sort(),
    historical,
  };
}
