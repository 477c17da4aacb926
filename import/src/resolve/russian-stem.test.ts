import { describe, expect, it } from 'vitest';
import { russianStem } from './russian-stem';

describe('russianStem', () => {
  it('gives the case forms of a name one stem', () => {
    expect(['россия', 'россии', 'россиеи'].map(russianStem)).toEqual(['росс', 'росс', 'росс']);
    expect(['казахстан', 'казахстаном', 'казахстана'].map(russianStem)).toEqual([
      'казахстан',
      'казахстан',
      'казахстан',
    ]);
  });

  it('keeps three letters and leaves other scripts alone', () => {
    expect(russianStem('чад')).toBe('чад');
    expect(russianStem('russia')).toBe('russia');
  });
});
