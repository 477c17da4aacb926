import { describe, expect, it } from 'vitest';
import { formatEnum } from './format-enum';

describe('formatEnum', () => {
  it('turns enum values into words', () => {
    expect(formatEnum('RATIFICATION')).toBe('Ratification');
    expect(formatEnum('SOME_VALUE')).toBe('Some value');
    expect(formatEnum(null)).toBe('—');
  });
});
