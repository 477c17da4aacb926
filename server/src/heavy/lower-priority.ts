import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of a heavy thread: under contention the request thread gets ~10× its CPU share. */
export const HEAVY_THREAD_NICE = 10;

/**
 * Lowers the CPU priority of the calling thread only, so computations in worker threads yield
 * the cores to the request thread (and to Neo4j) when they compete: a cheap question is not
 * slowed by a Louvain run beside it. Linux treats the nice value per thread, and
 * `/proc/thread-self` names the thread; elsewhere nothing changes and false is returned.
 */
export function lowerThreadPriority(nice = HEAVY_THREAD_NICE): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
