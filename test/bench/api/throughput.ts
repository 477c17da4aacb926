import autocannon from 'autocannon';
import type { GraphqlRequest } from './queries';

export const CONNECTIONS = 32;

type LoadOptions = { url: string; request: GraphqlRequest; seconds: number };
/** A JSON POST to `url` (a whole URL, path included). */
type PostLoad = { url: string; body: unknown; seconds: number };

function load(options: PostLoad): Promise<autocannon.Result> {
  return autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(options.body),
    connections: CONNECTIONS,
    duration: options.seconds,
    // Slow questions (a large graph view) must count as slow, not as failed.
    timeout: 60,
  });
}

/** Requests per second, and how many requests failed or were answered with an HTTP error. */
export type Throughput = { perSecond: number; failed: number };

/**
 * Requests per second a GraphQL server answers with 32 keep-alive connections for `seconds`,
 * after a warm-up of up to 2 s under the same load (the first second runs JIT-cold).
 */
export function graphqlThroughput(options: LoadOptions): Promise<Throughput> {
  return postThroughput({ ...options, url: `${options.url}/graphql`, body: options.request });
}

/** The same for any JSON POST endpoint (the HTTP baseline). */
export async function postThroughput(options: PostLoad): Promise<Throughput> {
  await load({ ...options, seconds: Math.min(2, options.seconds / 2) });
  const result = await load(options);
  const failed = result.errors + result.non2xx;
  return { perSecond: (result.requests.total - failed) / options.seconds, failed };
}

// A question the database refuses under this load (32 heavy transactions over its memory
// limit) counts as failed, as a refused HTTP request does, and the callers go on.
async function callersFor(options: {
  ask: () => Promise<unknown>;
  seconds: number;
}): Promise<Throughput> {
  const deadline = performance.now() + options.seconds * 1000;
  let done = 0;
  let failed = 0;
  const caller = async () => {
    while (performance.now() < deadline) {
      try {
        await options.ask();
        done += 1;
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, caller));
  return { perSecond: done / options.seconds, failed };
}

/** Questions per second `ask` answers with 32 callers in flight for `seconds`, warmed up alike. */
export async function concurrentThroughput(options: {
  ask: () => Promise<unknown>;
  seconds: number;
}): Promise<Throughput> {
  await callersFor({ ...options, seconds: Math.min(2, options.seconds / 2) });
  return callersFor(options);
}
