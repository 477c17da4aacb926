import { describe, expect, it } from 'vitest';
import { rateLimited } from './rate-limited';

describe('rateLimited', () => {
  it('says when to come back, as a whole number of seconds and as an HTTP 429', () => {
    const error = rateLimited('The work queue is full.', 0.2);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: 1,
      http: { status: 429, headers: { 'Retry-After': '1' } },
    });
    expect(rateLimited('Too many.', 2.5).details.retryAfter).toBe(3);
  });

  it('captures no stack frames, and leaves the stack limit as it was', () => {
    const before = Error.stackTraceLimit;
    const error = rateLimited('The work queue is full.', 1);
    expect(error.stack?.split('\n')).toHaveLength(1);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('other').stack?.split('\n').length).toBeGreaterThan(1);
  });
});
