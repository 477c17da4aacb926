import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';

describe('capitals that stand for their states', () => {
  warmUpReader();

  it.each([
    [
      'as the subject of a joint statement',
      'Europeans press Iran\n\nParis, Berlin and London said in a joint statement that Tehran must return to talks.',
      'FRA DEU GBR',
    ],
    [
      'as the subject of issuing one',
      'Partners close ranks\n\nMoscow and Beijing issued a joint statement condemning the new sanctions.',
      'RUS CHN',
    ],
  ])('are read %s', (_, text, codes) => {
    expect(signerCodes(text)).toBe(codes);
  });

  it.each([
    ['places of talks', 'Talks go on\n\nTalks in Paris, Berlin and London issued no statement.'],
    [
      'a list with a city that is no capital',
      'Cities sign a pledge\n\nParis, Lyon and London signed a joint statement on clean air.',
    ],
  ])('are not read as %s', (_, text) => {
    expect(signerCodes(text)).toBe('');
  });
});
