import autocannon from 'autocannon';
import { ANALYST_QUERIES } from './analyst-queries';

export type SoakReport = {
  seconds: number;
  connections: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx responses and 200s carrying GraphQL errors. */
  errors: number;
  /** Of the errors, the requests no answer came for within `timeoutSeconds`. */
  timeouts: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Resident memory before the load, after a third of it (warmed up), at its peak and end. */
  rssMb: { start: number; warm: number; peak: number; end: number };
};

/**
 * Runs the analyst query mix against `url` with autocannon, sampling the server's resident
 * memory every second through `rssMb`. A request unanswered after `timeoutSeconds` (10 unless
 * given) counts as an error.
 */
export async function runSoak(options: {
  url: string;
  seconds: number;
  connections: number;
  rssMb: () => number;
  timeoutSeconds?: number;
}): Promise<SoakReport> {
  const { url, seconds, connections, rssMb, timeoutSeconds = 10 } = options;
  let graphqlErrors = 0;
  const samples = [rssMb()];
  const sampler = setInterval(() => samples.push(rssMb()), 1_000);
  try {
    const result = await autocannon({
      url: `${url}/graphql`,
      connections,
      duration: seconds,
      timeout: timeoutSeconds,
      requests: ANALYST_QUERIES.map((body) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body,
        onResponse: (status: number, responseBody: string) => {
          if (status === 200 && responseBody.includes('"errors"')) graphqlErrors += 1;
        },
      })),
    });
    samples.push(rssMb());
    return {
      seconds,
      connections,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
      timeouts: result.timeouts,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      rssMb: {
        start: samples[0] ?? 0,
        // The heap grows to what 64 connections keep in flight in the first seconds: that is
        // warm-up, not a leak.
        warm: samples[Math.min(samples.length - 1, Math.ceil(seconds / 3))] ?? 0,
        peak: Math.max(...samples),
        end: samples.at(-1) ?? 0,
      },
    };
  } finally {
    clearInterval(sampler);
  }
}
