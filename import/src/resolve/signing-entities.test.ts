import { describe, expect, it } from 'vitest';
import { signsInOwnName } from './signing-entities';

describe('signsInOwnName', () => {
  it('holds for states, states in free association, partly recognised states and WTO customs territories', () => {
    expect(['FRA', 'NIU', 'COK', 'PSE', 'TWN', 'UNK', 'HKG'].every(signsInOwnName)).toBe(true);
  });

  it('does not hold for territories another state governs', () => {
    expect(['PYF', 'NCL', 'MSR', 'VGB', 'PRI', 'GRL'].some(signsInOwnName)).toBe(false);
  });
});
