import { expect, it } from 'vitest';
import type { SourceInstrument } from './dataset';
import { instrumentKindOf } from './instrument-kind-of';
import { matchInstruments, normalizeTitle } from './match-instruments';
import { pickClaim } from './plan-dataset';

const ggo = (value: string, name: string, adoptedOn?: string): SourceInstrument => ({
  identifier: { scheme: 'ggo', value },
  name,
  ...(adoptedOn && { adoptedOn }),
  file: 'agreements.csv',
  line: 2,
});

const crc = (identifiers: string[]) => ({
  id: 'crc',
  name: 'Convention on the Rights of the Child',
  adoptedOn: '1989-11-20',
  identifiers,
});

const known = () => [
  crc(['untc:IV-11']),
  {
    id: 'untc-xix-8',
    name: 'Agreement establishing the International Pepper Community',
    adoptedOn: '1971-04-16',
    identifiers: ['untc:XIX-8'],
  },
];

it('normalizes titles for matching', () => {
  expect(normalizeTitle('Convention On The Rights Of The Child (CRC)')).toBe(
    'convention on the rights of the child',
  );
});

it('matches by identifier, then by title and date; reports an unsure match unmerged', () => {
  const { matches, reviews } = matchInstruments(
    [
      ggo('RGHTSC_1989A', 'Convention On The Rights Of The Child (CRC)', '1989-11-20'),
      ggo('ESTBPC_1971A', 'Agreement Establishing The Pepper Community', '1971-04-16'),
      ggo('PEPPER_1971B', 'Agreement Establishing The International Pepper Council', '1971-04-16'),
      ggo('OTHER_2000A', 'Another Agreement', '2000-01-01'),
    ],
    known(),
  );
  expect(matches.get('ggo:RGHTSC_1989A')?.id).toBe('crc');
  expect(matches.get('ggo:ESTBPC_1971A')?.id).toBe('untc-xix-8');
  expect(matches.get('ggo:PEPPER_1971B')).toEqual({ id: 'ggo-pepper-1971b' });
  expect(matches.get('ggo:OTHER_2000A')).toEqual({ id: 'ggo-other-2000a' });
  expect(reviews.map((r) => r.message)).toEqual([expect.stringContaining('may be untc-xix-8')]);
  const again = matchInstruments(
    [ggo('RGHTSC_1989A', 'Renamed', '1990-01-01')],
    [crc(['untc:IV-11', 'ggo:RGHTSC_1989A'])],
  );
  expect(again.matches.get('ggo:RGHTSC_1989A')?.id).toBe('crc');
});

it('matches titles that differ by a name, a year or Roman numerals, and dates a year apart', () => {
  const untc = (id: string, name: string, adoptedOn?: string) => ({
    id,
    name,
    ...(adoptedOn && { adoptedOn }),
    identifiers: [`untc:${id}`],
  });
  const { matches, reviews } = matchInstruments(
    [
      ggo('VIENNA_1985A', 'Convention For The Protection Of The Ozone Layer', '1985-03-22'),
      ggo('UNCLOS_1982A', 'Agreement Relating To Part 11 Of The Convention', '1994-07-28'),
      ggo('ICERD_1965A', 'Convention On Racial Discrimination (CERD)', '1965-12-21'),
      ggo('NPT_1968A', 'Treaty On The Non-Proliferation Of Nuclear Weapons', '1968-07-01'),
      ggo('HM_1998P', 'Protocol On Heavy Metals To The Air Pollution Convention', '1998-06-24'),
      ggo('ITTA_1994A', 'International Tropical Timber Agreement 2', '1994-01-26'),
    ],
    [
      untc('xxvii-2', 'Vienna Convention for the Protection of the Ozone Layer', '1985-03-22'),
      untc('xxi-6-a', 'Agreement relating to Part XI of the Convention', '1994-07-28'),
      untc('iv-2', 'Convention on Racial Discrimination', '1966-03-07'),
      untc('npt', 'Treaty on the Non-Proliferation of Nuclear Weapons'),
      untc('xxvii-1-f', 'Protocol to the Air Pollution Convention on Heavy Metals', '1998-06-24'),
      untc(
        'xxvii-1-g',
        'Protocol to the Air Pollution Convention on Organic Pollutants',
        '1998-06-24',
      ),
      untc('xix-39', 'International Tropical Timber Agreement, 1994', '1994-01-26'),
    ],
  );
  expect(Object.fromEntries([...matches].map(([key, match]) => [key, match.id]))).toEqual({
    'ggo:VIENNA_1985A': 'xxvii-2',
    'ggo:UNCLOS_1982A': 'xxi-6-a',
    'ggo:ICERD_1965A': 'iv-2',
    'ggo:NPT_1968A': 'npt',
    'ggo:HM_1998P': 'xxvii-1-f',
    'ggo:ITTA_1994A': 'ggo-itta-1994a',
  });
  expect(reviews.map((r) => r.message)).toEqual([expect.stringContaining('may be xix-39')]);
});

it('does not match a title and date to an instrument that has another number in the catalogue', () => {
  const { matches } = matchInstruments(
    [ggo('RGHTSC_1989B', 'Convention on the Rights of the Child', '1989-11-20')],
    [crc(['ggo:RGHTSC_1989A'])],
  );
  expect(matches.get('ggo:RGHTSC_1989B')?.id).toBe('ggo-rghtsc-1989b');
});

it('picks the depositary’s claim, then the newest', () => {
  const precedence = new Map([
    ['src-untc', 1],
    ['src-ggo', 2],
  ]);
  const untc = { source: 'src-untc', consentOn: '1990-01-01', asOf: '2015-03-14', quote: 'q' };
  const ggoClaim = { source: 'src-ggo', consentOn: '1991-01-01', asOf: '2025-10-05' };
  expect(pickClaim([ggoClaim, untc], precedence)).toEqual({
    source: 'src-untc',
    consentOn: '1990-01-01',
    asOf: '2015-03-14',
  });
  const newer = { ...untc, source: 'src-untc-2', asOf: '2016-01-01' };
  expect(pickClaim([untc, newer], new Map())).toMatchObject({ source: 'src-untc-2' });
});

it('tells an instrument’s kind from its title', () => {
  expect(instrumentKindOf('Protocol amending the Convention on Narcotic Drugs')).toBe('protocol');
  expect(instrumentKindOf('Convention On The Rights Of The Child (CRC)')).toBe('convention');
  expect(instrumentKindOf('Exchange Of Notes Between France And Spain')).toBe('agreement');
});
