import { describe, expect, it } from 'vitest';
import type { GraphNodeData } from './elements';
import { byCoalition } from './coalition-colouring';
import { COALITION_COLORS, OTHER_COLOR } from './palettes';

const state = (code: string): GraphNodeData => ({
  id: code,
  kind: 'State',
  key: code,
  label: code,
  name: code,
});

describe('byCoalition', () => {
  const colouring = byCoalition(
    new Map([
      ['LAO', 0],
      ['BOL', 1],
      ['FRA', 12],
    ]),
  );

  it('gives the largest coalitions the palette in order and the rest grey', () => {
    expect(colouring(state('LAO'))).toEqual({ color: COALITION_COLORS[0], label: 'Coalition 1' });
    expect(colouring(state('BOL'))).toEqual({ color: COALITION_COLORS[1], label: 'Coalition 2' });
    expect(colouring(state('FRA'))).toEqual({ color: OTHER_COLOR, label: 'Smaller coalitions' });
  });

  it('names voting blocs as blocs, in the same colours', () => {
    const blocs = byCoalition(
      new Map([
        ['LAO', 0],
        ['FRA', 12],
      ]),
      'Bloc',
    );
    expect(blocs(state('LAO'))).toEqual({ color: COALITION_COLORS[0], label: 'Bloc 1' });
    expect(blocs(state('FRA'))).toEqual({ color: OTHER_COLOR, label: 'Smaller blocs' });
  });

  it('leaves states outside every coalition, and other kinds, alone', () => {
    expect(colouring(state('NGA'))).toBeUndefined();
    expect(colouring({ ...state('LAO'), kind: 'Declaration' })).toBeUndefined();
  });
});
