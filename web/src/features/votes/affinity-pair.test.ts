import { describe, expect, it } from 'vitest';
import { createGraphIndex } from '../../graph/graph-index';
import { affinityPair, pairVariables } from './affinity-pair';

const state = (code: string) => ({
  data: { id: code, kind: 'State' as const, key: code, label: code, name: code },
});
const graph = createGraphIndex({
  nodes: [state('FRA'), state('USA'), state('DEU')],
  edges: [
    {
      data: {
        id: 'VOTED_WITH:DEU--FRA',
        source: 'DEU',
        target: 'FRA',
        kind: 'VOTED_WITH',
        weight: 0.9,
      },
    },
  ],
});

describe('the pair the affinity chart shows', () => {
  it('is a selected state and the state it is measured with', () => {
    expect(affinityPair({ selected: 'FRA', versus: 'DEU' }, graph)).toEqual({
      code: 'FRA',
      with: 'DEU',
    });
  });

  it('measures with the United States by default, and the United States with Russia', () => {
    expect(affinityPair({ selected: 'FRA', versus: null }, graph)?.with).toBe('USA');
    expect(affinityPair({ selected: 'USA', versus: null }, graph)?.with).toBe('RUS');
    expect(affinityPair({ selected: 'USA', versus: 'USA' }, graph)?.with).toBe('RUS');
  });

  it('is a selected tie’s two states', () => {
    expect(affinityPair({ selected: 'VOTED_WITH:DEU--FRA', versus: 'USA' }, graph)).toEqual({
      code: 'DEU',
      with: 'FRA',
    });
  });

  it('is nothing without a selected state or tie', () => {
    expect(affinityPair({ selected: null, versus: 'USA' }, graph)).toBeNull();
    expect(affinityPair({ selected: 'nowhere', versus: null }, graph)).toBeNull();
  });

  it('asks for every year, on the view’s topic', () => {
    expect(pairVariables({ code: 'FRA', with: 'USA' }, 'hr')).toEqual({
      code: 'FRA',
      with: 'USA',
      issue: 'hr',
    });
    expect(pairVariables({ code: 'FRA', with: 'USA' }, null)).toEqual({ code: 'FRA', with: 'USA' });
  });
});
