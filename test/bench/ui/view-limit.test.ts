import { describe, expect, it } from 'vitest';
import { viewLimit } from './view-limit';

const declarations = [
  { id: 'b', adoptedOn: '2020-01-01', signatories: ['FRA', 'DEU'] },
  { id: 'c', adoptedOn: '2024-06-01', signatories: ['FRA', 'ITA', 'ESP'] },
  { id: 'a', adoptedOn: '2020-01-01', signatories: ['POL'] },
  { id: 'd', adoptedOn: '2010-01-01', signatories: ['FRA'] },
];

describe('viewLimit', () => {
  it('counts the newest declarations and their states, ties in id order as the server does', () => {
    expect(viewLimit(declarations, 4)).toEqual({ limit: 1, nodes: 4 });
    // Second newest is `a` (same day as `b`, lower id): one more declaration and POL.
    expect(viewLimit(declarations, 5)).toEqual({ limit: 2, nodes: 6 });
    expect(viewLimit(declarations, 7)).toEqual({ limit: 3, nodes: 8 });
  });

  it('counts a state once however many declarations it signed', () => {
    expect(viewLimit(declarations, 9)).toEqual({ limit: 4, nodes: 9 });
  });

  it('is null when the whole corpus draws fewer nodes, and refuses a nonsense size', () => {
    expect(viewLimit(declarations, 10)).toBeNull();
    expect(() => viewLimit(declarations, 0)).toThrow(/at least 1/);
  });
});
