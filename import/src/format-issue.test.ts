import { describe, expect, it } from 'vitest';
import { formatIssue } from './format-issue';

describe('formatIssue', () => {
  it('prints file:line:column field: message (did you mean …?)', () => {
    expect(
      formatIssue({
        code: 'UNKNOWN_REFERENCE',
        file: 'a.yaml',
        line: 3,
        column: 9,
        field: 'relationships[0].to',
        message: 'no Instrument "untok"',
        candidates: ['untoc', 'uncac'],
      }),
    ).toBe('a.yaml:3:9 relationships[0].to: no Instrument "untok" (did you mean untoc, uncac?)');
  });

  it('leaves out what it does not know', () => {
    expect(formatIssue({ code: 'FILE_UNREADABLE', file: 'a.txt', message: 'cannot be read' })).toBe(
      'a.txt: cannot be read',
    );
    expect(formatIssue({ code: 'MISSING_ENDPOINT', message: 'no State "XYZ"' })).toBe(
      'no State "XYZ"',
    );
    expect(
      formatIssue({ code: 'INVALID_CONFIG', field: 'NEO4J_URI', message: 'is required' }),
    ).toBe('NEO4J_URI: is required');
  });
});
