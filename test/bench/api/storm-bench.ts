import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
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
  seconds: number;
  /** Cheap answers timed at idle, after five times as many untimed ones. */
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

const LOWEST_PRIORITY = 19;
const WARM_UP_ROUNDS = 5;

type StormOutcome = { total: number; answered: number; refused: number };

/**
 * Runs `storm-load.ts` in its own Node process for `seconds`: `started` once its load
 * begins (the process takes a moment to load), `done` with its counts.
 */
function stormLoad(
  url: string,
  seconds: number,
): { started: Promise<void>; done: Promise<StormOutcome> } {
  const script = fileURLToPath(new URL('./storm-load.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, url, String(seconds)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Its clients stand for other machines: at the lowest CPU priority, its tight loop of refused
  // requests no longer takes a core from the server it loads on a small machine. The note's
  // counts show how hard it still pushed.
  if (child.pid !== undefined) setPriority(child.pid, LOWEST_PRIORITY);
  const lines = createInterface({ input: child.stdout });
  let outcome: StormOutcome | null = null;
  const started = new Promise<void>((resolve) => {
    lines.on('line', (line) => {
      if (line === 'STARTED') resolve();
      else outcome = JSON.parse(line) as StormOutcome;
    });
  });
  const done = new Promise<StormOutcome>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && outcome) resolve(outcome);
      else reject(new Error(`the storm's load generator exited with ${code}`));
    });
  });
  return { started: Promise.race([started, done.then(() => undefined)]), done };
}

/**
 * One client asks the cheap question in a loop, alone and then while 32 connections ask
 * expensive questions that are each new work (nothing cached or shared): its p95 under the
 * storm against its idle p95, with how the storm was answered (computed, refused with 429,
 * failed otherwise) and the server's peak memory.
 */
export async function stormBench(options: StormOptions): Promise<BenchResult[]> {
  const { oursUrl, cheap } = options;
  // Warm as after the API part: the cheap path's code optimised and Neo4j's plan cached.
  let warmCount = 0;
  await timeCheap(oursUrl, cheap, () => warmCount++ < WARM_UP_ROUNDS * options.idleSamples);
  let idleCount = 0;
  const idle = await timeCheap(oursUrl, cheap, () => idleCount++ < options.idleSamples);
  let stormOver = false;
  const storm = stormLoad(oursUrl, options.seconds);
  await storm.started;
  const during = timeCheap(oursUrl, cheap, () => !stormOver);
  const { total, answered, refused } = await storm.done;
  stormOver = true;
  const stormed = await during;
  const failed = total - answered - refused;
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
        `each, vs idle (${stormed.length} and ${idle.length} samples; p50 ` +
        `${percentile(stormed, 50).toFixed(1)} and ${percentile(idle, 50).toFixed(1)} ms); the storm: ` +
        `${answered} answered, ${refused} refused with 429, ${failed} failed; ` +
        `server RSS peak ${Math.round(await options.peakMb())} MB`,
    }),
  ];
}
