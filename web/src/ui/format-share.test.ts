import { describe, expect, it } from 'vitest';
import { formatShare } from './format-share';

describe('formatShare', () => {
  it('rounds to a whole percentage', () => {
    expect(formatShare(0.8504)).toBe('85%');
    expect(formatShare(0.855)).toBe('86%');
    expect(formatShare(1)).toBe('100%');
  });
});
