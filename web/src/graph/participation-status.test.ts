import { describe, expect, it } from 'vitest';
import { toStanding } from './participation-status';

const dates = {
  signedOn: '2000-12-12',
  consentOn: '2003-06-26',
  inForceOn: '2003-12-25',
  withdrawnOn: '2020-01-01',
};

describe('toStanding', () => {
  it('groups the API statuses and dates each group by its own event', () => {
    expect(toStanding({ ...dates, status: 'IN_FORCE' })).toMatchObject({
      status: 'PARTY',
      since: '2003-06-26',
      inForce: true,
    });
    expect(toStanding({ ...dates, status: 'BOUND' })).toMatchObject({
      status: 'PARTY',
      since: '2003-06-26',
      inForce: false,
    });
    expect(toStanding({ ...dates, status: 'SIGNED' }).since).toBe('2000-12-12');
    expect(toStanding({ ...dates, status: 'WITHDRAWN' }).since).toBe('2020-01-01');
    expect(toStanding({ ...dates, status: 'NOT_PARTY' })).toMatchObject({
      status: 'NOT_PARTY',
      since: null,
      inForce: false,
    });
  });

  it('keeps an undated consent before its evidence apart as not known', () => {
    expect(toStanding({ status: 'UNKNOWN', consentOn: null })).toMatchObject({
      status: 'UNKNOWN',
      since: null,
      inForce: false,
    });
  });

  it('keeps what the status rests on: the source, its as-at date, and whether the date is later', () => {
    const row = {
      status: 'NOT_PARTY' as const,
      asOf: '2015-03-14',
      dataAsOf: '2015-03-14',
      source: { publisher: 'United Nations Treaty Collection', title: 'MTDSG' },
    };
    expect(toStanding(row)).toEqual({
      status: 'NOT_PARTY',
      since: null,
      inForce: false,
      source: 'United Nations Treaty Collection',
      asOf: '2015-03-14',
      dataAsOf: '2015-03-14',
    });
  });

  it('never calls a state with no record not party', () => {
    expect(toStanding({ status: 'NO_RECORD' }).status).toBe('NO_RECORD');
    expect(toStanding(undefined).status).toBe('NO_RECORD');
  });
});
