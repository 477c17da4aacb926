import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readUntcMtdsg } from './untc-mtdsg';

const dir = mkdtempSync(join(tmpdir(), 'treatygraph-untc-test-'));
mkdirSync(join(dir, 'treaties'));
writeFileSync(
  join(dir, 'index.csv'),
  [
    'chapter_no,treaty_no,treaty_name,url',
    '12,7,"A Convention. Geneva, 7 February 1986",https://example.org/?mtdsg_no=XII-7&chapter=12',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'treaties', '12-7.csv'),
  [
    'Participant,"Signature, Succession to signature(d)","Definitive signature, Notification as amended(d), as amended(A)"',
    'Czech Republic,2 Jun 1993 d,',
    'Cambodia,,3 Oct 1951 d',
    'Liberia,,16 Sep 2005 A',
    'European Union,,1 Jan 2000',
    'Hanseatic Union,,1 Jan 2001',
  ].join('\n'),
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = readUntcMtdsg(dir);
const props = (state: string) => data.claims.find((c) => c.state === state)?.props;

it('keeps a succession to signature, and reads a letter after words that name no consent', () => {
  expect(props('CZE')).toEqual({
    signedOn: '1993-06-02',
    otherActions: ['Signature by succession: 1993-06-02'],
  });
  expect(props('KHM')).toEqual({ consentOn: '1951-10-03', consentType: 'succession' });
  expect(props('LBR')).toEqual({ consentOn: '2005-09-16', consentType: 'acceptance' });
  expect(data.tables).toEqual([{ instrument: { scheme: 'untc', value: 'XII-7' }, complete: true }]);
});

it('reads the European Union as a registry organization party, like a state', () => {
  expect(data.claims.find((c) => c.state === 'eu')).toMatchObject({
    party: 'Organization',
    props: { consentOn: '2000-01-01' },
    line: 5,
  });
});

it('names an organization the registry lacks, with file and line', () => {
  expect(data.skipped).toEqual([
    {
      file: join(dir, 'treaties', '12-7.csv'),
      line: 6,
      message: '"Hanseatic Union" is an organization the registry does not know: row left out',
    },
  ]);
});
