import { describe, expect, it } from 'vitest';
import { chineseStates } from './chinese-names';

const codes = (text: string) => chineseStates(text).map((m) => m.code);

describe('chineseStates', () => {
  it('finds names in text without spaces by the longest match', () => {
    expect(codes('中华人民共和国、俄罗斯联邦和印度共和国外长')).toEqual(['CHN', 'RUS', 'IND']);
    expect(codes('美利坚合众国七国集团外长')).toEqual(['USA']);
  });

  it('finds names written in traditional characters', () => {
    expect(codes('中華人民共和國、沙特阿拉伯王國、伊朗伊斯蘭共和國三方聯合聲明')).toEqual([
      'CHN',
      'SAU',
      'IRN',
    ]);
  });

  it('finds the name a state calls itself where the libraries translate another', () => {
    expect(codes('吉爾吉斯共和國外交部長、吉尔吉斯斯坦外长')).toEqual(['KGZ', 'KGZ']);
  });

  it('gives the offsets of the whole name', () => {
    const text = '由沙特阿拉伯王国代表签署';
    const [saudi] = chineseStates(text);
    expect(saudi && text.slice(saudi.start, saudi.end)).toBe('沙特阿拉伯王国');
  });

  it('reads the side of a state with a one-character name', () => {
    expect(codes('中方与美方发表联合声明，东方比方')).toEqual(['CHN', 'USA']);
  });

  it('takes a string of one-character abbreviations before the parties or their meeting', () => {
    expect(codes('中俄伊三方重申')).toEqual(['CHN', 'RUS', 'IRN']);
    expect(codes('举行的美日韩外长会晤')).toEqual(['USA', 'JPN', 'KOR']);
    expect(codes('中澳总理年度会晤')).toEqual(['CHN', 'AUS']);
  });

  it('takes no abbreviation inside a word, alone, or before other words', () => {
    expect(codes('集中日韩资源')).toEqual([]);
    expect(codes('加强合作')).toEqual([]);
    expect(codes('中东关系')).toEqual([]);
    expect(codes('中方重申')).toEqual(['CHN']);
    expect(codes('中中合作')).toEqual([]);
  });
});
