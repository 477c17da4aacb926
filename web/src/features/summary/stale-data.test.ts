import { describe, expect, it } from 'vitest';
import { toStanding } from '../../graph/participation-status';
import { staleDataNote } from './stale-data';

const source = { title: 'Status table', publisher: 'UNTC' };

describe('how old the status data is', () => {
  it('names each as-at date once, with its source, before the date asked', () => {
    const standings = [
      toStanding({ status: 'BOUND', source, asOf: '2014-01-27', dataAsOf: '2014-01-27' }),
      toStanding({ status: 'NOT_PARTY', source, asOf: '2014-01-27', dataAsOf: '2014-01-27' }),
      toStanding(undefined),
    ];
    expect(staleDataNote(standings, '2026-12-02')).toBe(
      'The data is as at 27 January 2014 (UNTC), before 2 December 2026: these statuses are the last the sources knew and may have changed since.',
    );
  });

  it('says nothing when no answer rests on data older than the date', () => {
    expect(staleDataNote([toStanding({ status: 'BOUND', source })], '2000-01-01')).toBeNull();
  });
});
