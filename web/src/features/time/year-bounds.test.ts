import { describe, expect, it } from 'vitest';
import { firstDeclarationYear, yearBounds } from './year-bounds';

const summary = { earliestAdoption: '2019-03-01', latestAdoption: '2025-07-30' };

describe('yearBounds', () => {
  it('spans from the earliest declaration or instrument to this year', () => {
    const withTreaties = { ...summary, earliestInstrumentAdoption: '2000-11-15' };
    expect(yearBounds({ summary: withTreaties }, 2026)).toEqual({ min: 2000, max: 2026 });
  });

  it('reaches a declaration dated after this year', () => {
    const later = { earliestAdoption: '2019-03-01', latestAdoption: '2027-01-01' };
    expect(yearBounds({ summary: later }, 2026)).toEqual({
      min: 2019,
      max: 2027,
    });
  });

  it('is this year alone when nothing is dated', () => {
    const none = { earliestAdoption: null, latestAdoption: null, earliestInstrumentAdoption: null };
    expect(yearBounds({ summary: none }, 2026)).toEqual({
      min: 2026,
      max: 2026,
    });
  });
});

describe('firstDeclarationYear', () => {
  it('is the year of the earliest declaration, where playback starts', () => {
    expect(firstDeclarationYear({ summary }, { min: 2000 })).toBe(2019);
  });

  it('falls back to the range start when no declaration is dated', () => {
    const none = { earliestAdoption: null, latestAdoption: null };
    expect(firstDeclarationYear({ summary: none }, { min: 2000 })).toBe(2000);
  });
});
