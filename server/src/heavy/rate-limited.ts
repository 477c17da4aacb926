import { AppError } from '../errors';

/**
 * RATE_LIMITED: the request was refused at once, before any work. `http` makes yoga answer
 * 429 with `Retry-After` (it strips `http` from the body); exports set both themselves.
 */
export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  // A storm refuses a thousand requests a second: a refusal is expected, and capturing (and
  // source-mapping) its stack was a sixth of the request thread's time.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new AppError('RATE_LIMITED', message, {
      details: {
        retryAfter,
        http: { status: 429, headers: { 'Retry-After': String(retryAfter) } },
      },
    });
  } finally {
    Error.stackTraceLimit = limit;
  }
}
