import { describe, expect, it } from 'vitest';
import { countryByTypo, countryInOtherLanguage } from './country-typo';

describe('countryByTypo', () => {
  it('reads a name one letter off a state of six letters or more', () => {
    expect(['Kazakstan', 'Bangladseh', 'Lichtenstein', 'Austrai'].map(countryByTypo)).toEqual([
      'KAZ',
      'BGD',
      'LIE',
      'AUT',
    ]);
  });

  it('takes no capital for a misspelt state ("Vienna" is one letter off "Vietnã")', () => {
    expect(countryByTypo('Vienna')).toBeUndefined();
  });

  it('refuses short names, exact names and names close to two states', () => {
    expect(['Irak', 'Nigera', 'Austria', 'Narnia'].map(countryByTypo)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads French, Spanish and German names, and a territory’s near miss as the state beside it', () => {
    expect(['Allemagnee', 'Guyanne', 'Bolívía'].map(countryByTypo)).toEqual([
      'DEU',
      'GUY',
      undefined,
    ]);
  });

  it('reads a French, Spanish or German name in a text in another language', () => {
    expect(['Méxique', 'Alemania', 'France', 'Narnia'].map(countryInOtherLanguage)).toEqual([
      'MEX',
      'DEU',
      undefined,
      undefined,
    ]);
  });
});
