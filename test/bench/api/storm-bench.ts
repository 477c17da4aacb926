import autocannon from 'autocannon';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { percentile } from '../stats';
import { edgesNote } from './api-bench';
import { postGraphql } from './graphql-client';
import type { GraphqlRequest } from './queries';
import { CONNECTIONS } from './throughput';

export type StormOptions = {
  oursUrl: string;
  /** The cheap question one client keeps asking. */
  cheap: GraphqlRequest;
  /** The expensive question, a different one each request (`i` counts them). */
  expensive: (i: number) => GraphqlRequest;
  seconds: number;
  /** Cheap answers timed at idle. */
  idleSamples: number;
  /** Signature edges of the corpus asked, for the note (the record's name leaves it out). */
  edges: number;
  /** The server's peak resident memory, in MB, once the storm is over. */
  peakMb: () => Promise<number>;
};

async function timeCheap(url: string, request: GraphqlRequest, until: () => boolean) {
  const ms: number[] = [];
  while (until()) {
    const at = performance.now();
    await postGraphql(url, request);
    ms.push(performance.now() - at);
  }
  return ms;
}

/**
 * One client asks the cheap question in a loop, alone and then while 32 connections ask
 * expensive questions that are each new work (nothing cached or shared): its p95 under the
 * storm against its idle p95, with how the storm was answered (computed, refused with 429,
 * failed otherwise) and the server's peak memory.
 */
export async function stormBench(options: StormOptions): Promise<BenchResult[]> {
  const { oursUrl, cheap } = options;
  let idleCount = 0;
  const idle = await timeCheap(oursUrl, cheap, () => idleCount++ < options.idleSamples);
  let asked = 0;
  let stormOver = false;
  const storm = autocannon({
    url: `${oursUrl}/graphql`,
    connections: CONNECTIONS,
    duration: options.seconds,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify(options.expensive(asked++)),
        }),
      },
    ],
  });
  const during = timeCheap(oursUrl, cheap, () => !stormOver);
  const result = await storm;
  stormOver = true;
  const stormed = await during;
  const status = (code: `${number}`) => result.statusCodeStats?.[code]?.count ?? 0;
  const refused = status('429');
  const answered = status('200');
  const failed = result.requests.total - answered - refused;
  return [
    benchResult({
      name: 'storm.p95.state',
      value: percentile(stormed, 95),
      unit: 'ms',
      baseline: percentile(idle, 95),
      target: { op: '<=', ratio: 2 },
      note:
        `${edgesNote(options.edges)}: state(code) p95 during ${CONNECTIONS} connections of ` +
        'coalitions at a new resolution ' +
        `each, vs idle (${stormed.length} and ${idle.length} samples); the storm: ` +
        `${answered} answered, ${refused} refused with 429, ${failed} failed; ` +
        `server RSS peak ${Math.round(await options.peakMb())} MB`,
    }),
  ];
}
