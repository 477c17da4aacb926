import { describe, expect, it } from 'vitest';
import { stateOfAdjective } from './demonyms';

describe('stateOfAdjective', () => {
  it('reads an adjective of nationality as its independent state', () => {
    expect(
      ['Russian', 'Chinese', 'American', 'French', 'South Korean'].map((w) => stateOfAdjective(w)),
    ).toEqual(['RUS', 'CHN', 'USA', 'FRA', 'KOR']);
  });

  it('reads the short adjectives the press writes: "Kazakh Foreign Minister", "Saudi Crown Prince"', () => {
    expect(
      ['Kazakh', 'Kyrgyz', 'Uzbek', 'Tajik', 'Azeri', 'Saudi', 'Lao', 'Slovenian'].map((w) =>
        stateOfAdjective(w),
      ),
    ).toEqual(['KAZ', 'KGZ', 'UZB', 'TJK', 'AZE', 'SAU', 'LAO', 'SVN']);
  });

  it('reads French, German and Spanish adjectives in every gender, number and case', () => {
    const read = (language: 'fr' | 'de' | 'es', words: string[]) =>
      words.map((w) => stateOfAdjective(w, language));
    expect(read('fr', ['allemand', 'allemandes', 'français', 'Française', 'russes'])).toEqual([
      'DEU',
      'DEU',
      'FRA',
      'FRA',
      'RUS',
    ]);
    expect(read('de', ['deutschen', 'französische', 'Österreichischer', 'russisches'])).toEqual([
      'DEU',
      'FRA',
      'AUT',
      'RUS',
    ]);
    expect(
      read('es', ['argentino', 'brasileña', 'alemanes', 'franceses', 'estadounidenses']),
    ).toEqual(['ARG', 'BRA', 'DEU', 'FRA', 'USA']);
  });

  it('tells Niger from Nigeria and reads a final é or è either way', () => {
    expect(
      ['nigérien', 'nigériennes', 'nigérian', 'nigérianes', 'burkinabè', 'burkinabé'].map((w) =>
        stateOfAdjective(w, 'fr'),
      ),
    ).toEqual(['NER', 'NER', 'NGA', 'NGA', 'BFA', 'BFA']);
  });

  it('gives nothing for an adjective two states share, or for any other word', () => {
    expect(
      ['Congolese', 'Dominican', 'European', 'russian'].map((w) => stateOfAdjective(w)),
    ).toEqual([undefined, undefined, undefined, undefined]);
    expect(['europäischen', 'kongolesisch'].map((w) => stateOfAdjective(w, 'de'))).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('reads Portuguese adjectives through the Spanish forms whose endings they change', () => {
    expect(
      ['argentino', 'brasileiro', 'francês', 'alemão', 'alemã', 'mexicanos'].map((w) =>
        stateOfAdjective(w, 'pt'),
      ),
    ).toEqual(['ARG', 'BRA', 'FRA', 'DEU', 'DEU', 'MEX']);
  });
});
