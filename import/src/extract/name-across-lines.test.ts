import { describe, expect, it } from 'vitest';
import { nameAcrossLines } from './name-across-lines';

describe('a name a line break cuts in two', () => {
  it('finds a name that ends on the next line', () => {
    expect(nameAcrossLines('Statement by the North Atlantic', 'Council on the so-called')).toBe(
      true,
    );
    expect(nameAcrossLines('France, Germany, the United', 'Kingdom and Spain')).toBe(true);
  });
  it('finds none where each line holds whole names or none', () => {
    expect(nameAcrossLines('France', 'Germany')).toBe(false);
    expect(nameAcrossLines('Sudan', 'South Sudan')).toBe(false);
    expect(nameAcrossLines('The ministers met in Paris', 'They adopted a statement.')).toBe(false);
  });
});
