import { describe, expect, it } from 'vitest';
import { identityText, withoutRanges } from './plain-text';

describe('withoutRanges', () => {
  it('drops the ranges and keeps every other character’s origin', () => {
    const plain = withoutRanges(identityText('ab[1]cd'), [[2, 5]]);
    expect(plain).toEqual({ text: 'abcd', origin: [0, 1, 5, 6, 7] });
  });

  it('handles a text of a million characters (fuzzing found a stack overflow)', () => {
    const plain = withoutRanges(identityText('x'.repeat(1_000_000)), [[10, 20]]);
    expect(plain.text).toHaveLength(999_990);
    expect(plain.origin).toHaveLength(999_991);
  });
});
