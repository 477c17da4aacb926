import { LRUCache } from 'lru-cache';
import { rateLimited } from './rate-limited';

/** Clients remembered at once; the least recently seen are forgotten (with a full bucket). */
const MAX_CLIENTS = 10_000;

/**
 * A token bucket per client: `perMinute` expensive computations a minute, refilled evenly,
 * up to a burst of `perMinute`. `take` throws RATE_LIMITED, saying when a token will be back.
 */
export function createClientLimit(perMinute: number) {
  const perMs = perMinute / 60_000;
  const buckets = new LRUCache<string, { tokens: number; at: number }>({ max: MAX_CLIENTS });
  return {
    take(client: string, now = performance.now()): void {
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: now };
      const tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
      if (tokens < 1) {
        buckets.set(client, { tokens, at: now });
        throw rateLimited(
          `At most ${perMinute} expensive questions a minute per client; retry shortly.`,
          (1 - tokens) / perMs / 1_000,
        );
      }
      buckets.set(client, { tokens: tokens - 1, at: now });
    },
  };
}
