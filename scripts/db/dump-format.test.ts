import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from './dump-format';

describe('dump values', () => {
  it('keep integers, floats, dates and lists apart through JSON', () => {
    const values = [
      neo4j.int('9007199254740993'),
      1,
      1.5,
      NaN,
      -Infinity,
      'text',
      true,
      [neo4j.int(1), 2],
      new neo4j.types.Date(1999, 12, 31),
    ];
    const restored = values.map((v) => decodeValue(JSON.parse(JSON.stringify(encodeValue(v)))));
    expect(restored.map(String)).toEqual(values.map(String));
    expect(neo4j.isInt(restored[0])).toBe(true);
    expect(neo4j.isInt(restored[1])).toBe(false);
    expect(neo4j.isDate(restored[8])).toBe(true);
  });

  it('refuses what it cannot restore exactly, and malformed values', () => {
    expect(() => encodeValue(new neo4j.types.LocalTime(1, 2, 3, 0))).toThrow(/cannot be dumped/);
    expect(() => encodeValue({ a: 1 })).toThrow(/cannot be dumped/);
    expect(() => decodeValue({ $int: '1.5' })).toThrow(/not a dump value/);
    expect(() => decodeValue({ $date: '2020-1-1' })).toThrow(/not a dump value/);
    expect(() => decodeValue(null)).toThrow(/not a dump value/);
  });
});
