import type { ReadFn } from './db/read';
import type { RunHeavy } from './heavy/heavy-work';
import type { Importer } from './importer';
import { createLoaders } from './loaders/create-loaders';
import type { Loaders } from './loaders/create-loaders';

/** What writes need: the importer port and the token a request must carry (absent: no writes). */
export type WriteAccess = { importer?: Importer; token?: string };

/**
 * What every resolver gets: the read path, this request's loaders, the expensive operations,
 * its id for logs, the request's `Authorization` header and what writes need.
 */
export type Context = {
  read: ReadFn;
  loaders: Loaders;
  heavy: RunHeavy;
  requestId: string;
  authorization: string | null;
  writes: WriteAccess;
};

/** A context per request (loaders cache per request); also usable without HTTP in tests. */
export function createContext(options: {
  read: ReadFn;
  heavy: RunHeavy;
  requestId: string;
  authorization?: string | null;
  writes?: WriteAccess;
}): Context {
  return {
    read: options.read,
    requestId: options.requestId,
    loaders: createLoaders(options.read),
    heavy: options.heavy,
    authorization: options.authorization ?? null,
    writes: options.writes ?? {},
  };
}
