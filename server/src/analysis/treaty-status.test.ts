import { describe, expect, it } from 'vitest';
import { completeTable, inForceOn, partyOn, statusAnswer, statusOn } from './treaty-status';

const EIF = '2003-09-29';

describe('inForceOn', () => {
  it('is the later of consent and the instrument’s entry into force', () => {
    expect(inForceOn({ consentOn: '2001-05-01', entryIntoForceOn: EIF })).toBe(EIF);
    expect(inForceOn({ consentOn: '2013-10-17', entryIntoForceOn: EIF })).toBe('2013-10-17');
  });

  it('is unknown without consent or without the instrument’s date', () => {
    expect(inForceOn({ signedOn: '2000-12-13', entryIntoForceOn: EIF })).toBeNull();
    expect(inForceOn({ consentOn: '2003-06-25' })).toBeNull();
  });
});

describe('statusOn', () => {
  const thailand = {
    signedOn: '2000-12-13',
    consentOn: '2013-10-17',
    consentType: 'ratification',
    withdrawnOn: '2020-01-01',
    entryIntoForceOn: EIF,
  };

  it.each([
    ['2000-01-01', 'NOT_PARTY'],
    ['2000-12-13', 'SIGNED'],
    ['2013-10-16', 'SIGNED'],
    ['2013-10-17', 'IN_FORCE'],
    ['2019-12-31', 'IN_FORCE'],
    ['2020-01-01', 'WITHDRAWN'],
  ])('on %s is %s', (date, status) => {
    expect(statusOn(date, thailand)).toBe(status);
  });

  it('is BOUND between consent and entry into force, and when that date is unknown', () => {
    const early = { consentOn: '2001-05-01', entryIntoForceOn: EIF };
    expect(statusOn('2002-01-01', early)).toBe('BOUND');
    expect(statusOn('2004-01-01', early)).toBe('IN_FORCE');
    expect(statusOn('2004-01-01', { consentOn: '2001-05-01' })).toBe('BOUND');
  });

  it('counts an undated consent from its evidence’s date, UNKNOWN before it', () => {
    const undated = { consentType: 'accession', asOf: '2020-07-30', entryIntoForceOn: EIF };
    expect(statusOn('2019-01-01', undated)).toBe('UNKNOWN');
    expect(statusOn('2020-07-30', undated)).toBe('IN_FORCE');
    expect(statusOn('2021-01-01', { ...undated, entryIntoForceOn: null })).toBe('BOUND');
    expect(statusOn('2021-01-01', { consentType: 'accession' })).toBe('UNKNOWN');
  });
});

describe('partyOn', () => {
  const undated = { consentType: 'accession', asOf: '2020-07-30', entryIntoForceOn: EIF };

  it('counts BOUND and IN_FORCE, not SIGNED, NOT_PARTY or WITHDRAWN', () => {
    const uzbekistan = {
      signedOn: '2000-12-13',
      consentOn: '2008-08-09',
      withdrawnOn: '2020-06-01',
    };
    expect(partyOn('2000-01-01', uzbekistan)).toBe(false);
    expect(partyOn('2001-01-01', uzbekistan)).toBe(false);
    expect(partyOn('2008-08-09', uzbekistan)).toBe(true);
    expect(partyOn('2020-06-01', uzbekistan)).toBe(false);
    expect(partyOn('2002-01-01', { consentOn: '2001-05-01', entryIntoForceOn: EIF })).toBe(true);
  });

  it('cannot tell for an undated consent before its evidence, as statusOn says UNKNOWN', () => {
    expect(partyOn('2019-01-01', undated)).toBeNull();
    expect(partyOn('2020-07-30', undated)).toBe(true);
  });

  it('with no date, counts any consent, dated or not, never withdrawn', () => {
    expect(partyOn(null, undated)).toBe(true);
    expect(partyOn(null, { consentOn: '2003-06-25' })).toBe(true);
    expect(partyOn(null, { signedOn: '2000-12-13' })).toBe(false);
    expect(partyOn(null, { consentOn: '2008-08-09', withdrawnOn: '2020-06-01' })).toBe(false);
  });
});

describe('statusAnswer', () => {
  const untc = { source: 'src-untc', asOf: '2015-03-14', complete: true };
  const record = {
    signedOn: '2000-12-14',
    consentOn: '2003-06-25',
    source: 'src-corpus',
    asOf: '2014-01-27',
    entryIntoForceOn: EIF,
  };

  it('answers from the record with its source and as-at date', () => {
    expect(statusAnswer('2010-01-01', record, null)).toEqual({
      status: 'IN_FORCE',
      source: 'src-corpus',
      asOf: '2014-01-27',
      dataAsOf: null,
    });
  });

  it('warns with the data’s as-at date when asked about a later date', () => {
    expect(statusAnswer('2026-12-02', record, untc)).toMatchObject({
      status: 'IN_FORCE',
      dataAsOf: '2014-01-27',
    });
  });

  it('is NOT_PARTY without a record only when a complete table covers the instrument', () => {
    expect(statusAnswer('2015-01-01', null, untc)).toEqual({
      status: 'NOT_PARTY',
      source: 'src-untc',
      asOf: '2015-03-14',
      dataAsOf: null,
    });
    expect(statusAnswer('2015-01-01', null, null)).toEqual({
      status: 'NO_RECORD',
      source: null,
      asOf: null,
      dataAsOf: null,
    });
  });
});

describe('completeTable', () => {
  it('is the newest complete table with a date; partial tables never count', () => {
    const tables = [
      { source: 'src-cut', asOf: '2020-01-01', complete: false },
      { source: 'src-2014', asOf: '2014-01-27', complete: true },
      { source: 'src-2015', asOf: '2015-03-14', complete: true },
      { source: 'src-undated', asOf: null, complete: true },
    ];
    expect(completeTable(tables)?.source).toBe('src-2015');
    expect(completeTable(tables.slice(0, 1))).toBeNull();
  });
});
