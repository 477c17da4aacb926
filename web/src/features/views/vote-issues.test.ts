import { describe, expect, it } from 'vitest';
import { issueName } from './vote-issues';

describe('issueName', () => {
  it('names a known code, and an unknown code by itself', () => {
    const issues = new Map([['hr', 'Human rights']]);
    expect(issueName(issues, 'hr')).toBe('Human rights');
    expect(issueName(issues, 'zz')).toBe('zz');
  });
});
