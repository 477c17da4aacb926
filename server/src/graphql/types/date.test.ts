import { describe, expect, it } from 'vitest';
import { parseDate, serializeDate } from './date';

describe('Date scalar', () => {
  it('accepts real calendar dates', () => {
    expect(parseDate('2025-07-30')).toBe('2025-07-30');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(serializeDate('2025-07-30')).toBe('2025-07-30');
  });

  it.each([
    '2025-7-30',
    '2025-02-30',
    '2023-02-29',
    '30/07/2025',
    '2025-07-30T00:00:00Z',
    20250730,
  ])('rejects %s from clients with BAD_USER_INPUT', (value) => {
    expect(() => parseDate(value)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('refuses to serialize a malformed stored date', () => {
    expect(() => serializeDate('July 2025')).toThrow(/not YYYY-MM-DD/);
  });
});
