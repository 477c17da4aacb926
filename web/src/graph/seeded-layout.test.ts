import { describe, expect, it } from 'vitest';
import { seedOf, withSeededRandom } from './seeded-layout';

describe('seeded layouts', () => {
  it('gives the same seed for the same ids in any order, another for other ids', () => {
    expect(seedOf(['LAO', 'untoc', 'BLR'])).toBe(seedOf(['BLR', 'LAO', 'untoc']));
    expect(seedOf(['LAO', 'untoc'])).not.toBe(seedOf(['LAO', 'untoc', 'BLR']));
    expect(seedOf(['ab', 'c'])).not.toBe(seedOf(['a', 'bc']));
  });

  it('replays the same random numbers for a seed, and restores Math.random', () => {
    const original = Math.random;
    const draw = () => withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(draw()).toEqual(draw());
    expect(withSeededRandom(8, () => Math.random())).not.toBe(draw()[0]);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});
