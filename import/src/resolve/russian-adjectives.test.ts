import { describe, expect, it } from 'vitest';
import { russianAdjectiveState } from './russian-adjectives';

describe('russianAdjectiveState', () => {
  it('reads an adjective of nationality in any gender and case by the name it comes from', () => {
    const words = ['китайское', 'российского', 'французской', 'индийским', 'казахстанских'];
    expect(words.map((w) => russianAdjectiveState(w))).toEqual(['CHN', 'RUS', 'FRA', 'IND', 'KAZ']);
  });

  it('reads the short adjective of a "-стан" name and the first part of a compound', () => {
    expect(russianAdjectiveState('узбекская')).toBe('UZB');
    expect(russianAdjectiveState('американо', { compoundPart: true })).toBe('USA');
    expect(russianAdjectiveState('американо')).toBeUndefined();
  });

  it('tells states whose names share a beginning apart by how much of each it keeps', () => {
    expect(russianAdjectiveState('индонезийский')).toBe('IDN');
    expect(russianAdjectiveState('австрийский')).toBe('AUT');
    expect(russianAdjectiveState('австралийский')).toBe('AUS');
  });

  it('reads no state into an adjective that is none or may be two', () => {
    const words = ['европейский', 'советский', 'республиканский', 'арабский', 'корейский'];
    expect(words.map((w) => russianAdjectiveState(w))).toEqual(words.map(() => undefined));
  });

  it("reads the adjectives that do not come from their state's name", () => {
    const words = ['немецкий', 'английского', 'голландской', 'чешский', 'турецкая', 'шведский'];
    expect(words.map((w) => russianAdjectiveState(w))).toEqual([
      'DEU',
      'GBR',
      'NLD',
      'CZE',
      'TUR',
      'SWE',
    ]);
    expect(russianAdjectiveState('немецко', { compoundPart: true })).toBe('DEU');
  });
});
