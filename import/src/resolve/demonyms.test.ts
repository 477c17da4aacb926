import { describe, expect, it } from 'vitest';
import { stateOfAdjective } from './demonyms';

describe('stateOfAdjective', () => {
  it('reads an adjective of nationality as its independent state', () => {
    expect(
      ['Russian', 'Chinese', 'American', 'French', 'South Korean'].map(stateOfAdjective),
    ).toEqual(['RUS', 'CHN', 'USA', 'FRA', 'KOR']);
  });

  it('gives nothing for an adjective two states share, or for any other word', () => {
    expect(['Congolese', 'Dominican', 'European', 'russian'].map(stateOfAdjective)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
