import { describe, expect, it } from 'vitest';
import { isNearDuplicate, signatoryOverlap, titleSimilarity } from './near-duplicates';

const TITLE = "Human Trafficking is Organized Crime. It's Time to End Exploitation";
const GROUP = ['BLR', 'BHR', 'BGD', 'BOL', 'EGY', 'ERI', 'IND', 'KAZ', 'KGZ', 'LAO'];

describe('titleSimilarity', () => {
  it('is 1 for the same title in other case, punctuation and spelling', () => {
    expect(
      titleSimilarity(TITLE, 'human trafficking is organised crime: it’s time to end exploitation'),
    ).toBe(1);
  });

  it('stays high for a title with a word more', () => {
    expect(titleSimilarity(TITLE, `Joint statement: ${TITLE}`)).toBeGreaterThanOrEqual(0.8);
  });

  it('is low for another statement of the same day', () => {
    expect(
      titleSimilarity(TITLE, 'Joint Statement on the Situation in the Middle East'),
    ).toBeLessThan(0.3);
  });
});

describe('signatoryOverlap', () => {
  it('is the share of the shorter list found in the longer', () => {
    expect(signatoryOverlap(new Set(['A', 'B', 'C', 'D']), new Set(['A', 'B', 'E']))).toBeCloseTo(
      2 / 3,
    );
    expect(signatoryOverlap(new Set(), new Set(['A']))).toBeUndefined();
  });
});

describe('isNearDuplicate', () => {
  const a = { title: TITLE, adoptedOn: '2025-07-30', signatories: new Set(GROUP) };

  it('joins the same date, near-identical title and mostly the same signatories', () => {
    const b = {
      title: TITLE.toUpperCase(),
      adoptedOn: '2025-07-30',
      signatories: new Set(GROUP.slice(0, 7)),
    };
    expect(isNearDuplicate(a, b)).toBe(true);
  });

  it('keeps apart other dates, other titles and other signatories', () => {
    expect(isNearDuplicate(a, { ...a, adoptedOn: '2025-07-31' })).toBe(false);
    expect(isNearDuplicate(a, { ...a, title: 'Joint Statement on Cybercrime' })).toBe(false);
    expect(isNearDuplicate(a, { ...a, signatories: new Set(['USA', 'GBR', 'FRA', 'BLR']) })).toBe(
      false,
    );
  });

  it('needs a known date', () => {
    const { adoptedOn: _, ...undated } = a;
    expect(isNearDuplicate(undated, undated)).toBe(false);
  });

  it('asks for a closer title when one side lists no signatories', () => {
    expect(isNearDuplicate(a, { ...a, signatories: new Set() })).toBe(true);
    const looser = { ...a, title: `Joint statement: ${TITLE}`, signatories: new Set<string>() };
    expect(isNearDuplicate(a, looser)).toBe(false);
  });
});
