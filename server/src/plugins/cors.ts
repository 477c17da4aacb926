import type { CORSOptions } from 'graphql-yoga';

/**
 * Yoga's CORS options for an allow-list: a listed origin gets its own origin back (never `*`),
 * without credentials (auth is a bearer header, not cookies); any other origin, and every
 * origin when the list is empty, gets no CORS headers, so browsers keep it same-origin.
 */
export function corsAllowList(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'content-disposition'],
      maxAge: 600,
    };
  };
}
