import { describe, expect, it } from 'vitest';
import { isFiller } from './enumerations';

describe('the words that may stand between the names of a list', () => {
  it('take in a label for states outside the UN', () => {
    expect(isFiller('; and non-UN Member States ')).toBe(true);
    expect(isFiller('; and non-member States ')).toBe(true);
  });
});
