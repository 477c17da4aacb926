import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { yearBounds } from './year-bounds';

describe('yearBounds', () => {
  it('spans from the earliest declaration or cited instrument to this year', () => {
    // The fixture's statement (2025) cites UNTOC and its Palermo Protocol, both of 2000.
    expect(yearBounds([traffickingStatement], 2026)).toEqual({ min: 2000, max: 2026 });
  });

  it('is this year alone when nothing is dated', () => {
    const undated = { ...traffickingStatement, adoptedOn: null, references: [] };
    expect(yearBounds([undated], 2026)).toEqual({ min: 2026, max: 2026 });
  });
});
