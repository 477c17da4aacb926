import { describe, expect, it } from 'vitest';
import { isFiller } from './enumerations';
import { extractFromText } from './extract';

describe('the words that may stand between the names of a list', () => {
  it('take in a label for states outside the UN', () => {
    expect(isFiller('; and non-UN Member States ')).toBe(true);
    expect(isFiller('; and non-member States ')).toBe(true);
  });
});

describe('a list led by the kinds of heads who attended', () => {
  const codes = (text: string) =>
    extractFromText(text, { file: 'heads.txt', format: 'txt' })
      .declarations.filter((d) => !d.needsReview)
      .flatMap((d) => d.signatories.map((s) => s.code));

  it('takes the states after "Heads of State, Government, and Territories from"', () => {
    const text =
      'The Forum Retreat was held in Apia on 3 May 2024, and was attended by Heads of State, Government, ' +
      'and Territories from Fiji, the Republic of Nauru, Samoa and Tonga. Leaders thanked the host.';
    expect(codes(text)).toEqual(['FJI', 'NRU', 'WSM', 'TON']);
  });
});
