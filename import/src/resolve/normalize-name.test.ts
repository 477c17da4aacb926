import { describe, expect, it } from 'vitest';
import { nameKeys, normalizeName } from './normalize-name';

describe('normalizeName', () => {
  it.each([
    ['The Lao People’s Democratic Republic', 'lao peoples democratic republic'],
    ['Côte d’Ivoire', 'cote divoire'],
    ['St. Kitts & Nevis', 'saint kitts and nevis'],
    ['U.A.E.', 'uae'],
    ['  Guinea-Bissau ', 'guinea bissau'],
    ['Færøerne', 'faeroerne'],
    ['Лаос', 'лаос'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('nameKeys', () => {
  it('adds the natural order of UN-style inversions', () => {
    expect(nameKeys('Bolivia (Plurinational State of)')).toEqual([
      'bolivia plurinational state of',
      'plurinational state of bolivia',
    ]);
    expect(nameKeys('Korea, Republic of')).toEqual(['korea republic of', 'republic of korea']);
    expect(nameKeys('Laos')).toEqual(['laos']);
  });
});
