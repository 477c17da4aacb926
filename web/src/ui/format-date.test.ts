import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('formats full and partial ISO dates in UTC', () => {
    expect(formatDate('2025-07-30')).toBe('30 July 2025');
    expect(formatDate('2000-11')).toBe('November 2000');
    expect(formatDate('2000')).toBe('2000');
  });

  it('shows missing dates as a dash and odd values as they came', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('late 2003')).toBe('late 2003');
    expect(formatDate('2003-13-45')).toBe('2003-13-45');
  });
});
