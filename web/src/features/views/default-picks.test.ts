import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { defaultPicks } from './default-picks';

describe('defaultPicks', () => {
  it('starts from the newest declaration and the first treaty it cites', () => {
    expect(defaultPicks([traffickingStatement], [])).toEqual({
      declaration: 'decl-trafficking-2025',
      instrument: 'palermo-protocol',
    });
  });

  it('falls back to the first treaty, then to nothing', () => {
    const plan = { id: 'plan', name: 'Plan', kind: 'PLAN', partyCount: 0 };
    const untoc = { id: 'untoc', name: 'UNTOC', kind: 'CONVENTION', partyCount: 0 };
    expect(defaultPicks([], [plan, untoc])).toEqual({ declaration: null, instrument: 'untoc' });
    expect(defaultPicks([], [])).toEqual({ declaration: null, instrument: null });
  });
});
