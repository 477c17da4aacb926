import { Piscina } from 'piscina';
import type { Neo4jConfig } from '../config';
import type { ReadFn } from '../db/read';
import type { AppError } from '../errors';
import { rateLimited } from './rate-limited';
import { runTask } from './task-outcome';
import type { TaskCall, TaskOutcome } from './task-outcome';
import type { TaskName } from './tasks';
import type { WorkerData } from './worker';

/** Where heavy tasks run; `run` refuses at once (RATE_LIMITED) when its queue is full. */
export type TaskRunner = {
  run<T extends TaskName>(call: TaskCall<T>): Promise<TaskOutcome<T>>;
  /** The refusal `run` would throw now, or undefined when it would admit a task. */
  refusal(): AppError | undefined;
  close(): Promise<void>;
};

/**
 * Tasks a thread interleaves: they mostly wait on Neo4j between bursts of computation, so a
 * few at once keep the thread busy without letting one task's reads wait behind many.
 */
const TASKS_PER_THREAD = 4;

/** Seconds a refused client should wait: the queue ahead of it at the recent task duration. */
function makeRetryEstimate(slots: number) {
  let averageMs = 1_000;
  return {
    record(ms: number) {
      averageMs = averageMs * 0.8 + ms * 0.2;
    },
    secondsFor(waiting: number) {
      return ((waiting + 1) * averageMs) / slots / 1_000;
    },
  };
}

/**
 * Admission: at most `slots` tasks run and `maxQueue` wait; beyond that a task is refused at
 * once, before any work, never queued into a timeout.
 */
function createAdmission(slots: number, maxQueue: number) {
  let admitted = 0;
  const estimate = makeRetryEstimate(slots);
  const refusal = () =>
    admitted >= slots + maxQueue
      ? rateLimited(
          'The server is busy with expensive questions; retry shortly.',
          estimate.secondsFor(admitted - slots),
        )
      : undefined;
  const admit = async <R>(work: () => Promise<R>): Promise<R> => {
    const refused = refusal();
    if (refused) throw refused;
    admitted += 1;
    const started = performance.now();
    try {
      return await work();
    } finally {
      admitted -= 1;
      estimate.record(performance.now() - started);
    }
  };
  return { admit, refusal };
}

/** A pool of worker threads sized by the caller (the machine), each with its own driver. */
export function createPoolRunner(options: {
  neo4j: Neo4jConfig;
  timeoutMs?: number;
  threads: number;
  maxQueue: number;
}): TaskRunner {
  const workerData: WorkerData = { neo4j: options.neo4j, timeoutMs: options.timeoutMs };
  const slots = options.threads * TASKS_PER_THREAD;
  const pool = new Piscina({
    filename: new URL('./worker.ts', import.meta.url).href,
    // Worker threads load TypeScript the way the server does.
    execArgv: ['--import', 'tsx'],
    workerData,
    minThreads: options.threads,
    maxThreads: options.threads,
    concurrentTasksPerWorker: TASKS_PER_THREAD,
  });
  const { admit, refusal } = createAdmission(slots, options.maxQueue);
  return {
    run: (call) => admit(() => pool.run(call) as Promise<TaskOutcome<typeof call.task>>),
    refusal,
    close: () => pool.destroy(),
  };
}

/**
 * Tasks on the request thread, for a server without a Neo4j configuration to hand threads
 * (an app built around an existing driver, as tests do): the same admission, no threads.
 */
export function createInlineRunner(options: { read: ReadFn; maxQueue: number }): TaskRunner {
  const { admit, refusal } = createAdmission(TASKS_PER_THREAD, options.maxQueue);
  return {
    run: (call) => admit(() => runTask(options.read, call)),
    refusal,
    close: async () => undefined,
  };
}
