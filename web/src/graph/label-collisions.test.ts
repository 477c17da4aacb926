import { describe, expect, it } from 'vitest';
import { collidingLabels } from './label-collisions';

const box = (id: string, [x, y]: [number, number], rank: number) => ({
  id,
  x1: x,
  y1: y,
  x2: x + 40,
  y2: y + 10,
  rank,
});

describe('label collisions', () => {
  it('hides the lesser of two overlapping labels and keeps those that overlap nothing', () => {
    const hidden = collidingLabels([
      box('QAT', [0, 0], 2),
      box('BHR', [10, 5], 5),
      box('ARE', [30, 8], 1),
      box('KAZ', [200, 0], 1),
    ]);
    expect([...hidden].sort()).toEqual(['ARE', 'QAT']);
  });

  it('breaks ties by id, so the same map always shows the same labels', () => {
    expect(collidingLabels([box('B', [0, 0], 1), box('A', [5, 0], 1)])).toEqual(new Set(['B']));
    expect(collidingLabels([box('A', [5, 0], 1), box('B', [0, 0], 1)])).toEqual(new Set(['B']));
  });
});
