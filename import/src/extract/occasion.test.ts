import { describe, expect, it } from 'vitest';
import { findOccasion } from './occasion';

describe('findOccasion', () => {
  it.each([
    [
      'marking World Day Against Trafficking in Persons, the group',
      'World Day Against Trafficking in Persons',
    ],
    ['On World Press Freedom Day, members', 'World Press Freedom Day'],
    [
      'по случаю Всемирного дня борьбы с торговлей людьми',
      'Всемирного дня борьбы с торговлей людьми',
    ],
    [
      'con motivo del Día Mundial contra la Trata de Personas',
      'Día Mundial contra la Trata de Personas',
    ],
    [
      'on the occasion of the 25th anniversary of the Palermo Protocol, the states',
      '25th anniversary of the Palermo Protocol',
    ],
  ])('%s → %s', (sentence, occasion) => {
    expect(findOccasion(sentence)?.occasion).toBe(occasion);
  });

  it('finds none in a sentence that marks nothing', () => {
    expect(findOccasion('The ministers met in Vienna.')).toBeUndefined();
  });
});
