import type { ReadFn } from './db/read';
import type { RunHeavy } from './heavy/heavy-work';
import type { Importer } from './importer';
import { noSourceLoads } from './source-loads';
import type { SourceLoads } from './source-loads';
import { createLoaders } from './loaders/create-loaders';
import type { Loaders, ProjectionOf } from './loaders/create-loaders';

/** What writes need: the importer port and the token a request must carry (absent: no writes). */
export type WriteAccess = { importer?: Importer; token?: string };

/**
 * What every resolver gets: the read path, this request's loaders, the expensive operations,
 * its id for logs, the request's `Authorization` header and what writes need, and the node
 * properties its operation needs (`useProjection` sets them once the operation is known).
 */
export type Context = {
  read: ReadFn;
  loaders: Loaders;
  /** Shared by reference, so that setting `of` reaches the context yoga copies this into. */
  projection: { of: ProjectionOf };
  heavy: RunHeavy;
  requestId: string;
  authorization: string | null;
  writes: WriteAccess;
  /** The background import of the data folder, source by source. */
  sourceLoads: SourceLoads;
};

/** A context per request (loaders cache per request); also usable without HTTP in tests. */
export function createContext(options: {
  read: ReadFn;
  heavy: RunHeavy;
  requestId: string;
  authorization?: string | null;
  writes?: WriteAccess;
  sourceLoads?: SourceLoads;
}): Context {
  // Every property until the operation says otherwise.
  const projection = { of: ((): null => null) as ProjectionOf };
  return {
    read: options.read,
    requestId: options.requestId,
    projection,
    loaders: createLoaders(options.read, (label) => projection.of(label)),
    heavy: options.heavy,
    authorization: options.authorization ?? null,
    writes: options.writes ?? {},
    sourceLoads: options.sourceLoads ?? noSourceLoads,
  };
}
