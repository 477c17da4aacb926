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
  const tokensOf = (client: string, now: number) => {
    const bucket = buckets.peek(client);
    return bucket ? Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs) : perMinute;
  };
  const refusal = (tokens: number) =>
    rateLimited(
      `At most ${perMinute} expensive questions a minute per client; retry shortly.`,
      (1 - tokens) / perMs / 1_000,
    );
  return {
    /** The refusal `take` would throw now, without taking anything. */
    refusal(client: string, now = performance.now()) {
      const tokens = tokensOf(client, now);
      return tokens < 1 ? refusal(tokens) : undefined;
    },
    take(client: string, now = performance.now()): void {
      const tokens = tokensOf(client, now);
      if (tokens < 1) {
        buckets.set(client, { tokens, at: now });
        throw refusal(tokens);
      }
      buckets.set(client, { tokens: tokens - 1, at: now });
    },
  };
}
