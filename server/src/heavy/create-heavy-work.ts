import type { HeavyConfig, Neo4jConfig } from '../config';
import { DEFAULT_HEAVY_QUEUE } from '../config';
import type { ReadFn } from '../db/read';
import { createHeavyWork } from './heavy-work';
import type { HeavyWork } from './heavy-work';
import { createInlineRunner, createPoolRunner } from './runner';

/** How an app runs expensive operations; `neo4j` lets worker threads open their own driver. */
export type HeavyOptions = Partial<HeavyConfig> & { neo4j?: Neo4jConfig; timeoutMs?: number };

const DEFAULT_CACHE_BYTES = 256_000_000;

/**
 * Worker threads when the app knows how to reach Neo4j and has threads to spare; otherwise
 * the request thread, with the same cache, sharing and limits.
 */
export function createHeavyWorkFor(read: ReadFn, options: HeavyOptions = {}): HeavyWork {
  const maxQueue = options.maxQueue ?? DEFAULT_HEAVY_QUEUE;
  const runner =
    options.neo4j && options.threads
      ? createPoolRunner({
          neo4j: options.neo4j,
          timeoutMs: options.timeoutMs,
          threads: options.threads,
          maxQueue,
        })
      : createInlineRunner({ read, maxQueue });
  return createHeavyWork({
    runner,
    read,
    cacheBytes: options.cacheBytes ?? DEFAULT_CACHE_BYTES,
    perClientPerMinute: options.perClientPerMinute ?? 0,
  });
}
