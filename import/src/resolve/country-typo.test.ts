import { describe, expect, it } from 'vitest';
import { countryByTypo } from './country-typo';

describe('countryByTypo', () => {
  it('reads a name one letter off a state of six letters or more', () => {
    expect(['Kazakstan', 'Bangladseh', 'Lichtenstein', 'Austrai'].map(countryByTypo)).toEqual([
      'KAZ',
      'BGD',
      'LIE',
      'AUT',
    ]);
  });

  it('refuses short names, exact names and names close to two states', () => {
    expect(['Irak', 'Nigera', 'Austria', 'Narnia'].map(countryByTypo)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
