import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isImportError } from '../errors';
import { formatIssue } from '../format-issue';
import { readVoteData } from './read-votes';

const ROLL_CALLS = `rcid,session,importantvote,date,unres,amend,para,short,descr
3,1,0,1946-01-01,R/1/66,1,0,"AMENDMENTS, RULES","TO ADOPT ""A"" PROPOSAL"
9001,74,,2019-12-18,A/RES/74/1,,,,
`;
const ISSUES = `rcid,short_name,issue
9001,me,Palestinian conflict
9001,hr,Human rights
`;
const VOTES = `rcid,country,country_code,vote
3,United States,US,yes
3,Federal Republic of Germany,,abstain
9001,Zanzibar,,no
9001,Czechoslovakia,CS,yes
`;

const dirs: string[] = [];
function dataset(files: { rollCalls?: string; issues?: string; votes?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'votes-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'roll_calls.csv'), files.rollCalls ?? ROLL_CALLS);
  writeFileSync(join(dir, 'roll_call_issues.csv'), files.issues ?? ISSUES);
  writeFileSync(join(dir, 'votes.csv'), files.votes ?? VOTES);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function issuesOf(dir: string): string[] {
  try {
    readVoteData(dir);
  } catch (error) {
    if (isImportError(error)) return error.details.map((d) => formatIssue(d).replace(dir, 'DIR'));
    throw error;
  }
  throw new Error('expected an import error');
}

describe('readVoteData', () => {
  it('reads roll calls with their flags and issues, and resolves every voter', () => {
    const data = readVoteData(dataset({}));
    expect(data.rollCalls).toEqual([
      {
        id: 'unga-3',
        date: '1946-01-01',
        session: 1,
        symbol: 'R/1/66',
        title: 'AMENDMENTS, RULES',
        description: 'TO ADOPT "A" PROPOSAL',
        amendment: true,
        paragraph: false,
        important: false,
      },
      {
        id: 'unga-9001',
        date: '2019-12-18',
        session: 74,
        symbol: 'A/RES/74/1',
        issues: ['hr', 'me'],
      },
    ]);
    expect(data.votes).toEqual([
      { state: 'USA', rollCall: 'unga-3', choice: 'YES' },
      { state: 'DEU', rollCall: 'unga-3', choice: 'ABSTAIN' },
      { state: 'XZN', rollCall: 'unga-9001', choice: 'NO' },
      { state: 'CSK', rollCall: 'unga-9001', choice: 'YES' },
    ]);
    expect(data.states).toEqual(['CSK', 'DEU', 'USA', 'XZN']);
    expect(data.historical.map((h) => `${h.country}=${h.code}`)).toEqual([
      'Federal Republic of Germany=DEU',
      'Zanzibar=XZN',
      'Czechoslovakia=CSK',
    ]);
  });

  it('gives a name the dataset keeps for successors to the one the roll call date falls to', () => {
    const rollCalls = `rcid,session,importantvote,date,unres,amend,para,short,descr
1,45,0,1990-12-01,R/45/1,0,0,,
2,55,0,2000-11-01,R/55/1,0,0,,
3,60,0,2006-06-02,R/60/1,0,0,,
4,61,0,2006-06-03,R/61/1,0,0,,
`;
    const votes = ['rcid,country,country_code,vote']
      .concat([1, 2, 3, 4].map((rcid) => `${rcid},Yugoslavia,YU,yes`))
      .join('\n');
    const data = readVoteData(dataset({ rollCalls, votes, issues: 'rcid,short_name,issue\n' }));
    expect(data.votes.map((v) => `${v.rollCall}=${v.state}`)).toEqual([
      'unga-1=YUG',
      'unga-2=SCG',
      'unga-3=SCG',
      'unga-4=SRB',
    ]);
    expect(data.historical.map((h) => `${h.country}=${h.code}:${h.votes}`)).toEqual([
      'Yugoslavia=YUG:1',
      'Yugoslavia=SCG:2',
      'Yugoslavia=SRB:1',
    ]);
  });

  it('names file, line and field of every bad row, and returns nothing', () => {
    const votes = `rcid,country,country_code,vote
3,United States,US,yes
3,Atlantis,QQ,yes
77,Canada,CA,no
3,Canada,CA,maybe
3,United States,US,no
`;
    expect(issuesOf(dataset({ votes }))).toEqual([
      'DIR/votes.csv:3 country_code: cannot resolve "QQ" (Atlantis): add it to import/reference/vote-entities.yaml',
      'DIR/votes.csv:4 rcid: no roll call 77 in roll_calls.csv',
      'DIR/votes.csv:5 vote: expected yes, no or abstain, got "maybe"',
      'DIR/votes.csv:6 country: United States (USA) votes twice in roll call 3',
    ]);
  });

  it('reports a bad date, flag or issue code', () => {
    const rollCalls = `rcid,session,importantvote,date,unres,amend,para,short,descr
3,1,2,1946-1-1,R/1/66,1,0,x,y
`;
    const issues = `rcid,short_name,issue
3,zz,Unknown
`;
    expect(
      issuesOf(dataset({ rollCalls, issues, votes: 'rcid,country,country_code,vote\n' })),
    ).toEqual([
      'DIR/roll_calls.csv:2 date: expected YYYY-MM-DD, got "1946-1-1"',
      'DIR/roll_calls.csv:2 importantvote: expected 0, 1 or empty, got "2"',
      'DIR/roll_call_issues.csv:2 short_name: unknown issue "zz" (known: me, nu, di, hr, co, ec)',
    ]);
  });
});
