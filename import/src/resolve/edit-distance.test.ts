import { describe, expect, it } from 'vitest';
import { closest, editDistance, typoDistance } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['untoc', 'untoc', 0],
    ['untoc', 'untok', 1],
    ['undoc', 'unodc', 1],
    ['laos', 'latvia', 4],
    ['', 'abc', 3],
  ])('%s ↔ %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closest', () => {
  const entries = [
    ['untoc', 'untoc'],
    ['uncac', 'uncac'],
    ['palermo protocol', 'untoc-trafficking-protocol'],
    ['palermo convention', 'untoc'],
  ] as const;

  it('ranks by distance and lists a label once', () => {
    expect(closest('untok', entries)).toEqual(['untoc', 'uncac', 'untoc-trafficking-protocol']);
  });

  it('gives only the labels holding every word of the query when there are any', () => {
    expect(closest('palermo', entries)).toEqual(['untoc', 'untoc-trafficking-protocol']);
  });

  it('drops labels beyond maxDistance and keeps at most limit', () => {
    expect(closest('untok', entries, { maxDistance: typoDistance('untok') })).toEqual(['untoc']);
    expect(closest('untok', entries, { limit: 1 })).toEqual(['untoc']);
  });

  it('never suggests a key longer than any name (a damaged document can define one)', () => {
    const entries = [
      ['x'.repeat(100_000), 'giant'],
      ['untoc', 'untoc'],
    ] as const;
    expect(closest('untok', entries)).toEqual(['untoc']);
  });

  it('answers a giant query at once, with no candidates (fuzzing found it took minutes)', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => [`state ${i}`, `s${i}`] as const);
    const started = performance.now();
    expect(closest('x'.repeat(200_000), many)).toEqual([]);
    expect(closest('y'.repeat(250), many, { maxDistance: typoDistance('y'.repeat(250)) })).toEqual(
      [],
    );
    expect(performance.now() - started).toBeLessThan(500);
  });
});
