import stringify from 'fast-json-stable-stringify';
import { LRUCache } from 'lru-cache';
import { dataVersionQuery } from '../cypher/data-version';
import type { ReadFn } from '../db/read';
import type { AppError } from '../errors';
import { createClientLimit } from './client-limit';
import { freshRead } from './fresh-read';
import { createSharedRecords } from './shared-records';
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
   * expensive fields the request has, and not at all when it refuses. With `shape` (see
   * `requestShape`; asked only when the request reaches an expensive call, so a cheap one
   * pays nothing), its first expensive call is remembered for `refusalFor`.
   */
  forRequest(client: string, shape?: () => string | undefined): RunHeavy;
  /** Whether a request of this shape reached an expensive call before. */
  knowsShape(shape: string): boolean;
  /**
   * The refusal a request of a known shape from `client` would meet at its first expensive
   * call: lets a server refuse it before executing anything.
   */
  refusalFor(shape: string, client: string): AppError | undefined;
  /** The refusal any new computation for `client` would meet now (full pool, empty quota). */
  pressure(client: string): AppError | undefined;
  close(): Promise<void>;
};

export type HeavyWorkOptions = {
  runner: TaskRunner;
  /** Reads the data version (one small query, shared by concurrent expensive requests). */
  read: ReadFn;
  /** Results kept, in bytes of their JSON. */
  cacheBytes: number;
  /** Computations a client may start a minute; 0 means no per-client limit. */
  perClientPerMinute: number;
};

/** Request shapes whose first expensive call is remembered. */
const MAX_SHAPES = 1_000;

/**
 * Results are cached by the graph's data version (written by every import, read from Neo4j,
 * so every server process sees an import) plus task and arguments; a new version empties the
 * cache. Identical requests in flight share one computation. Only a computation a request
 * starts counts against its client's limit: cached and shared answers are free.
 *
 * A request that would be refused is refused before it reads the version: when its answer is
 * neither cached nor in flight under the last version seen, it needs a computation whatever
 * the version is now (a newer one empties the cache), so a full pool or an empty quota
 * refuses it without a query. A storm of refused requests then costs Neo4j nothing.
 */
export function createHeavyWork(options: HeavyWorkOptions): HeavyWork {
  const cache = new LRUCache<string, { value: unknown; bytes: number }>({
    maxSize: options.cacheBytes,
    sizeCalculation: (entry) => Math.max(1, entry.bytes),
  });
  const inFlight = new Map<string, Promise<unknown>>();
  const records = createSharedRecords();
  const limit =
    options.perClientPerMinute > 0 ? createClientLimit(options.perClientPerMinute) : undefined;
  let version: string | undefined;
  const readVersion = freshRead(async () => {
    const [row] = await options.read<{ version: string }>(dataVersionQuery());
    return row?.version ?? '';
  });
  const keyOf = (seen: string, call: TaskCall) => `${seen}\n${call.task}\n${stringify(call.args)}`;
  const firstCalls = new LRUCache<string, TaskCall>({ max: MAX_SHAPES });
  const pressure = (client: string) => options.runner.refusal() ?? limit?.refusal(client);
  const refusalBeforeReading = (call: TaskCall, client: string) => {
    const refusal = pressure(client);
    if (!refusal || version === undefined) return refusal;
    const key = keyOf(version, call);
    return cache.has(key) || inFlight.has(key) ? undefined : refusal;
  };
  const run = async <T extends TaskName>(
    call: TaskCall<T>,
    client: string,
    current: string,
  ): Promise<TaskResult<T>> => {
    if (current !== version) {
      cache.clear();
      records.clear();
      version = current;
    }
    const key = keyOf(current, call);
    const cached = cache.get(key);
    if (cached) return cached.value as TaskResult<T>;
    let pending = inFlight.get(key);
    if (!pending) {
      limit?.take(client);
      pending = options.runner
        .run({ ...call, version: current })
        .then((outcome) => {
          if (!('error' in outcome) && version === current) {
            records.share(call.task, outcome.value);
            cache.set(key, outcome);
          }
          return unwrapOutcome(outcome);
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending as Promise<TaskResult<T>>;
  };
  return {
    forRequest(client, shape) {
      let current: Promise<string> | undefined;
      return <T extends TaskName>(call: TaskCall<T>): Promise<TaskResult<T>> => {
        const key = current ? undefined : shape?.();
        if (key !== undefined && !firstCalls.has(key)) firstCalls.set(key, call);
        const refused = current ? undefined : refusalBeforeReading(call, client);
        if (refused) return Promise.reject(refused);
        return (current ??= readVersion()).then((seen) => run(call, client, seen));
      };
    },
    knowsShape: (shape) => firstCalls.has(shape),
    refusalFor(shape, client) {
      const call = firstCalls.get(shape);
      return call && refusalBeforeReading(call, client);
    },
    pressure,
    close: () => options.runner.close(),
  };
}
