import { describe, expect, it } from 'vitest';
import { yearCounts, yearCsv } from './year-counts';

describe('yearCounts', () => {
  const parties = [
    { signedOn: '2000-12-12', consentOn: '2003-05-02' },
    { signedOn: '2000-12-13', consentOn: '2005-07-01', withdrawnOn: '2007-03-01' },
    { signedOn: '2001-01-10' },
    { consentType: 'ACCESSION' },
    { consentOn: '2030-01-01' },
  ];

  it('counts each year up to the date, the empty ones too, with the parties at its end', () => {
    const { years, undated } = yearCounts(parties, '2025-12-31');
    expect(years.map((y) => y.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007]);
    expect(years[0]).toEqual({ year: 2000, signed: 2, bound: 0, withdrawn: 0, parties: 0 });
    expect(years[3]).toMatchObject({ bound: 1, parties: 1 });
    expect(years[5]).toMatchObject({ bound: 1, parties: 2 });
    expect(years[7]).toMatchObject({ withdrawn: 1, parties: 1 });
    expect(undated).toBe(1);
  });

  it('leaves out what came after the date', () => {
    const { years } = yearCounts(parties, '2004-06-30');
    expect(years.at(-1)).toMatchObject({ year: 2003, parties: 1 });
    expect(yearCounts([], '2004-06-30').years).toEqual([]);
  });

  it('writes the years as CSV', () => {
    expect(yearCsv(yearCounts(parties, '2001-12-31').years)).toBe(
      'year,signed,bound,withdrawn,parties\r\n2000,2,0,0,0\r\n2001,1,0,0,0\r\n',
    );
  });
});
