import type { ReadFn } from './db/read';
import { createLoaders } from './loaders/create-loaders';
import type { Loaders } from './loaders/create-loaders';

/** What every resolver gets: the read path, this request's loaders, and its id for logs. */
export type Context = { read: ReadFn; loaders: Loaders; requestId: string };

/** A context per request (loaders cache per request); also usable without HTTP in tests. */
export function createContext(options: { read: ReadFn; requestId: string }): Context {
  return { read: options.read, requestId: options.requestId, loaders: createLoaders(options.read) };
}
