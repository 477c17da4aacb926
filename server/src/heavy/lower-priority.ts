import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of a heavy thread: under contention the request thread gets ~10× its CPU share. */
export const HEAVY_THREAD_NICE = 10;

/** How the calling thread was lowered: its nice value, and whether it runs only on idle CPU. */
export type Lowered = { nice: boolean; idleOnly: boolean };

function setNice(tid: number, nice: number): boolean {
  try {
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}

/**
 * Lowers the CPU priority of the calling thread only, so computations in worker threads yield
 * the cores to the request thread (and to Neo4j) when they compete: a cheap question is not
 * slowed by a Louvain run beside it. Linux treats the nice value per thread, and
 * `/proc/thread-self` names the thread. Where `chrt` can, the thread also takes the idle policy
 * (SCHED_IDLE): a nice value still gets it a tenth of a busy core, which on a two-core machine
 * delayed cheap answers behind each run; under the idle policy it runs only when nothing else
 * wants the core. Elsewhere nothing changes.
 */
export function lowerThreadPriority(nice = HEAVY_THREAD_NICE): Lowered {
  let tid: number;
  try {
    tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  } catch {
    return { nice: false, idleOnly: false };
  }
  if (!Number.isInteger(tid) || tid <= 0) return { nice: false, idleOnly: false };
  const lowered = setNice(tid, nice);
  try {
    execFileSync('chrt', ['--idle', '--pid', '0', String(tid)], { stdio: 'ignore' });
    return { nice: lowered, idleOnly: true };
  } catch {
    return { nice: lowered, idleOnly: false };
  }
}
