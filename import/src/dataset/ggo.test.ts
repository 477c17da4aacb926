import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readGgo } from './ggo';

const HEAD = 'stateID,treatyID,Title,StateSignature,StateRatification,StateForce,StateEnd';
const dir = mkdtempSync(join(tmpdir(), 'treatygraph-ggo-test-'));
writeFileSync(
  join(dir, 'agreements.csv'),
  [
    'treatyID,Title,Signature,Force',
    'SEA_1994A,Agreement On Part 11 Of The Sea Convention,1994-07-28,1996-07-28',
    'TWO_1922A,Convention On Fishing In The Gulf,1922-10-28,',
    'TWO_1922A,Convention On Sealing In The Arctic Ocean,1922-10-28,',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'parties.csv'),
  [
    HEAD,
    'FRA,SEA_1994A,Agreement On Part 11 Of The Sea Convention,1994-07-29,1996-04-11,1996-07-28,1999-06-04',
    'FRA,SEA_1994A,Agreement On Part 11 Of The Sea Convention Of 1982,1994-07-29,1996-04-11,2004-01-18,',
    'USA,SEA_1994A,Agreement On Straddling Fish Stocks,1995-12-04,1996-08-21,2001-12-11,9999-12-31',
    'USA,SEA_1994A,Agreement On Part 11 Of The Sea Convention,1994-07-29,9999-12-31,9999-12-31,',
    'FIN,TWO_1922A,Convention On Sealing In The Arctic Ocean,1922-10-28,2018-10,,',
    'GDR,TWO_1922A,Convention On Fishing In The Gulf,1922-10-28,,,',
    'EUE,SEA_1994A,Agreement On Part 11 Of The Sea Convention,1994-07-29,,,',
    'PRU,SEA_1994A,Agreement On Part 11 Of The Sea Convention,1994-07-29,,,',
    'EURATOM European Atomic Energy Community,SEA_1994A,Agreement On Part 11 Of The Sea Convention,1994-07-30,,,',
    'IO-World Health Organization,SEA_1994A,Agreement On Part 11 Of The Sea Convention,1994-07-31,,,',
  ].join('\n'),
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = readGgo(dir);
const claim = (state: string, value: string) =>
  data.claims.find((c) => c.state === state && c.instrument.value === value);

it('tells apart the agreements one treatyID names, by title', () => {
  expect(data.instruments.map((i) => [i.identifier.value, i.name])).toEqual([
    ['SEA_1994A', 'Agreement On Part 11 Of The Sea Convention'],
    ['SEA_1994A~2', 'Agreement On Straddling Fish Stocks'],
    ['TWO_1922A', 'Convention On Fishing In The Gulf'],
    ['TWO_1922A~2', 'Convention On Sealing In The Arctic Ocean'],
  ]);
  expect(claim('FIN', 'TWO_1922A~2')).toMatchObject({ props: { signedOn: '1922-10-28' } });
  expect(claim('USA', 'SEA_1994A~2')?.props).toEqual({
    signedOn: '1995-12-04',
    consentOn: '1996-08-21',
    inForceOn: '2001-12-11',
  });
});

it('makes one claim of the rows of one state and agreement, keeping every disagreement', () => {
  expect(claim('FRA', 'SEA_1994A')).toMatchObject({
    line: 2,
    mergedLines: [3],
    props: {
      signedOn: '1994-07-29',
      consentOn: '1996-04-11',
      inForceOn: '1996-07-28',
      withdrawnOn: '1999-06-04',
      otherActions: ['StateForce (line 3): 2004-01-18', 'StateEnd (line 3): none'],
    },
  });
});

it('reads 9999-12-31 as no date in every column', () => {
  expect(claim('USA', 'SEA_1994A')?.props).toEqual({ signedOn: '1994-07-29' });
});

it('resolves former states and registry organizations by code, name or acronym', () => {
  expect(claim('DDR', 'TWO_1922A')).toBeDefined();
  const organizations = data.claims.filter((c) => c.party === 'Organization');
  expect(organizations.map((c) => [c.state, c.line, c.props.signedOn])).toEqual([
    ['eu', 8, '1994-07-29'],
    ['euratom', 10, '1994-07-30'],
    ['who', 11, '1994-07-31'],
  ]);
});

it('reports unknown codes with file and line', () => {
  const parties = join(dir, 'parties.csv');
  expect(data.skipped).toEqual([
    { file: parties, line: 6, message: 'StateRatification "2018-10" is not a full date: left out' },
    {
      file: parties,
      line: 9,
      message:
        'stateID "PRU" is no state of the gazetteer, former state or registry organization the graph knows: row left out',
    },
  ]);
});
