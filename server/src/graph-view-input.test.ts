import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_KINDS, parseGraphViewInput } from './graph-view-input';

describe('parseGraphViewInput', () => {
  it('applies defaults', () => {
    expect(parseGraphViewInput({})).toEqual({
      focus: [],
      kinds: DEFAULT_VIEW_KINDS,
      depth: 1,
      from: null,
      to: null,
      regions: null,
      nodeLimit: 300,
    });
    expect(DEFAULT_VIEW_KINDS).not.toContain('REPORTED_IN');
    expect(DEFAULT_VIEW_KINDS).not.toContain('VOTED');
  });

  it('keeps what is given, de-duplicated, regions lower-cased', () => {
    expect(
      parseGraphViewInput({
        focus: ['LAO', 'LAO', 'untoc'],
        kinds: ['SIGNED', 'SIGNED'],
        depth: 0,
        regions: ['Asia'],
        nodeLimit: 10,
      }),
    ).toMatchObject({ focus: ['LAO', 'untoc'], kinds: ['SIGNED'], depth: 0, regions: ['asia'] });
  });

  it('lists every problem with its field', () => {
    expect(() =>
      parseGraphViewInput({ depth: 4, kinds: ['LIKES'], from: '2025-13-01', extra: 1 }),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: {
          issues: [
            expect.stringMatching(/^kinds\.0: .*"SIGNED"/),
            expect.stringMatching(/^depth: /),
            'from: not a real calendar date',
            'view: Unrecognized key: "extra"',
          ],
        },
      }),
    );
  });

  it('refuses a range that ends before it starts, and a view that is not an object', () => {
    expect(() => parseGraphViewInput({ from: '2025-01-01', to: '2024-01-01' })).toThrow(
      /from: must not be after to/,
    );
    expect(() => parseGraphViewInput([1])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
