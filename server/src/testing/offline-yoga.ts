import { createDriver } from '../db/driver';
import type { ReadFn } from '../db/read';
import type { Logger } from '../logger';
import { createYoga } from '../yoga';
import type { CreateYogaOptions, TreatygraphYoga } from '../yoga';

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * A yoga whose reads go to `read` instead of Neo4j (its driver points at a port nobody
 * listens on), for unit tests of what happens around the database.
 */
export function createOfflineYoga(
  options: Omit<CreateYogaOptions, 'driver' | 'wrapRead'> & { read?: ReadFn } = {},
): { yoga: TreatygraphYoga; close(): Promise<void> } {
  const driver = createDriver({ uri: 'bolt://127.0.0.1:9' });
  const { read, ...rest } = options;
  const yoga = createYoga({
    logger: silentLogger,
    ...rest,
    driver,
    wrapRead: (real) => read ?? real,
  });
  return { yoga, close: () => driver.close() };
}
