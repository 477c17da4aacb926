import { describe, expect, it } from 'vitest';
import { statusDate } from './status-date';

describe('statusDate', () => {
  it('prefers the chosen date, then the end of the last year, then today', () => {
    expect(statusDate({ asOf: '2014-01-27', to: 2020 }, '2026-11-27')).toBe('2014-01-27');
    expect(statusDate({ asOf: null, to: 2014 }, '2026-11-27')).toBe('2014-12-31');
    expect(statusDate({ asOf: null, to: 2026 }, '2026-11-27')).toBe('2026-11-27');
    expect(statusDate({ asOf: null, to: null }, '2026-11-27')).toBe('2026-11-27');
  });
});
