import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  it('round-trip the sort values of their node kind', () => {
    const cursor = encodeCursor('Declaration', ['2025-07-30', '2025-07-30-x']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('Declaration', cursor)).toEqual(['2025-07-30', '2025-07-30-x']);
  });

  it.each([
    ['garbage', 'not base64 json'],
    ['another kind', encodeCursor('State', ['Laos', 'LAO'])],
    ['wrong arity', Buffer.from('["Declaration","x"]').toString('base64url')],
    ['non-strings', Buffer.from('["Declaration",1,2]').toString('base64url')],
  ])('reject %s with BAD_USER_INPUT', (_, cursor) => {
    expect(() => decodeCursor('Declaration', cursor)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
