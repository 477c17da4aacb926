import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './plain-values';

describe('toPlain', () => {
  it('turns integers into numbers, recursively', () => {
    expect(
      toPlain({ n: neo4j.int(3), list: [neo4j.int(1), 'a'], nested: { m: neo4j.int(-2) } }),
    ).toEqual({ n: 3, list: [1, 'a'], nested: { m: -2 } });
  });

  it('keeps integers beyond 2^53 exact, as text', () => {
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('writes temporal values as ISO text', () => {
    expect(toPlain(new neo4j.types.Date(2025, 7, 30))).toBe('2025-07-30');
  });

  it('converts values nested in lists and maps, and keeps their shape', () => {
    const date = new neo4j.types.Date(2025, 7, 30);
    expect(toPlain([{ on: date, n: [neo4j.int(2)] }, [date]])).toEqual([
      { on: '2025-07-30', n: [2] },
      ['2025-07-30'],
    ]);
  });

  it('passes plain values through', () => {
    expect(toPlain(null)).toBeNull();
    expect(toPlain('x')).toBe('x');
    expect(toPlain(1.5)).toBe(1.5);
    expect(toPlain(true)).toBe(true);
  });
});
