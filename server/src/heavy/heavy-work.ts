import stringify from 'fast-json-stable-stringify';
import { LRUCache } from 'lru-cache';
import { dataVersionQuery } from '../cypher/data-version';
import type { ReadFn } from '../db/read';
import { createClientLimit } from './client-limit';
import type { TaskRunner } from './runner';
import { unwrapOutcome } from './task-outcome';
import type { TaskCall } from './task-outcome';
import type { TaskName, TaskResult } from './tasks';

/** An expensive operation for one request: its result on the data the request sees. */
export type RunHeavy = <T extends TaskName>(call: TaskCall<T>) => Promise<TaskResult<T>>;

/** Expensive operations as requests reach them: cached, shared, limited. */
export type HeavyWork = {
  /**
   * The runner for one request from `client`: it reads the data version once, however many
   * expensive fields the request has.
   */
  forRequest(client: string): RunHeavy;
  close(): Promise<void>;
};

export type HeavyWorkOptions = {
  runner: TaskRunner;
  /** Reads the data version (one small query per expensive request). */
  read: ReadFn;
  /** Results kept, in bytes of their JSON. */
  cacheBytes: number;
  /** Computations a client may start a minute; 0 means no per-client limit. */
  perClientPerMinute: number;
};

/**
 * Results are cached by the graph's data version (written by every import, read from Neo4j,
 * so every server process sees an import) plus task and arguments; a new version empties the
 * cache. Identical requests in flight share one computation. Only a computation a request
 * starts counts against its client's limit: cached and shared answers are free.
 */
export function createHeavyWork(options: HeavyWorkOptions): HeavyWork {
  const cache = new LRUCache<string, { value: unknown; bytes: number }>({
    maxSize: options.cacheBytes,
    sizeCalculation: (entry) => Math.max(1, entry.bytes),
  });
  const inFlight = new Map<string, Promise<unknown>>();
  const limit =
    options.perClientPerMinute > 0 ? createClientLimit(options.perClientPerMinute) : undefined;
  let version: string | undefined;

  const readVersion = async () => {
    const [row] = await options.read<{ version: string }>(dataVersionQuery());
    return row?.version ?? '';
  };
  const run = async <T extends TaskName>(
    call: TaskCall<T>,
    client: string,
    current: string,
  ): Promise<TaskResult<T>> => {
    if (current !== version) {
      cache.clear();
      version = current;
    }
    const key = `${current}\n${call.task}\n${stringify(call.args)}`;
    const cached = cache.get(key);
    if (cached) return cached.value as TaskResult<T>;
    let pending = inFlight.get(key);
    if (!pending) {
      limit?.take(client);
      pending = options.runner
        .run(call)
        .then((outcome) => {
          if (!('error' in outcome) && version === current) cache.set(key, outcome);
          return unwrapOutcome(outcome);
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending as Promise<TaskResult<T>>;
  };
  return {
    forRequest(client) {
      let current: Promise<string> | undefined;
      return <T extends TaskName>(call: TaskCall<T>): Promise<TaskResult<T>> =>
        (current ??= readVersion()).then((seen) => run(call, client, seen));
    },
    close: () => options.runner.close(),
  };
}
