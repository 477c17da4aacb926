import { createYoga as createYogaServer } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { createContext } from './context';
import type { Context } from './context';
import { createReader } from './db/read';
import type { ReadFn } from './db/read';
import { graphiqlTabs } from './graphiql-examples';
import { clientOf } from './heavy/client-of';
import { createHeavyWorkFor } from './heavy/create-heavy-work';
import type { HeavyOptions } from './heavy/create-heavy-work';
import { requestShape } from './heavy/request-shape';
import type { Importer } from './importer';
import { expensiveRequestTest } from './graphql/expensive-fields';
import { schema } from './graphql/schema';
import { createConsoleLogger } from './logger';
import type { Logger } from './logger';
import { DEFAULT_MAX_BODY_BYTES } from './config';
import { corsAllowList } from './plugins/cors';
import { useCostLimit } from './plugins/cost-limit';
import { createEarlyRefusal } from './plugins/early-refusal';
import type { RequestGate } from './plugins/early-refusal';
import { useDisableIntrospection } from './plugins/introspection';
import { useErrorReporting } from './plugins/error-reporting';
import { renderOfflineGraphiQL, useGraphiqlAssets } from './plugins/graphiql-assets';
import { useViewExport } from './plugins/export-view';
import type { SourceLoads } from './source-loads';
import { useNeo4jHealth } from './plugins/health';
import { useProjection } from './plugins/projection';
import { DEFAULT_LIMITS, useDocumentLimits } from './plugins/limits';
import type { Limits } from './plugins/limits';
import { toPublicError } from './plugins/public-error';
import { requestIdOf, useRequestId } from './plugins/request-id';
import { useStaticFiles } from './plugins/static-files';

export type CreateYogaOptions = {
  driver: Driver;
  /** Absent means the Neo4j user's home database. */
  database?: string;
  /** Folder of the built web app, served at `/` with a fallback to its index.html. */
  webRoot?: string;
  logger?: Logger;
  /** Server-side timeout of each read transaction (default 15 s). */
  queryTimeoutMs?: number;
  /** Overrides of the document and cost limits. */
  limits?: Partial<Limits>;
  /** Wraps the read path, for instrumentation (tests count round trips with it). */
  wrapRead?: (read: ReadFn) => ReadFn;
  /** Writes documents for `importDocuments`; with `importToken`, enables that mutation. */
  importer?: Importer;
  /** The bearer token writes must carry; absent means writes are disabled. */
  importToken?: string;
  /** Origins allowed cross-origin; none (the default) means same-origin only. */
  corsOrigins?: readonly string[];
  /** Largest request body in bytes (default 1 MB); larger ones get 413. */
  maxBodyBytes?: number;
  /** False refuses `__schema` and `__type` with INTROSPECTION_DISABLED (default true). */
  introspection?: boolean;
  /**
   * Expensive operations (coalitions, graph views, exports): with `neo4j` and `threads`, in
   * worker threads; otherwise on the request thread. Cached and limited either way.
   */
  heavy?: HeavyOptions;
  /** False stops serving GraphiQL on GET /graphql (default true). */
  graphiql?: boolean;
  /** The background import of the data folder, reported by /health and `corpusSummary`. */
  sourceLoads?: SourceLoads;
};

export type TreatygraphYoga = YogaServerInstance<Record<string, unknown>, Context> & {
  /** `startServer` runs it before the app: refuses repeated expensive requests early. */
  gate: RequestGate;
};

/**
 * The HTTP application: GraphQL (GraphiQL on GET /graphql unless off), `GET /health`, view exports at
 * `GET /export/view.<format>`, and the web app when `webRoot` is given. It does not listen:
 * pass it to `startServer`, or call its `fetch`; `dispose()` stops its worker threads.
 * @example const yoga = createYoga({ driver, database: 'neo4j' });
 */
export function createYoga(options: CreateYogaOptions): TreatygraphYoga {
  const { driver, database } = options;
  const logger = options.logger ?? createConsoleLogger();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const isDev = process.env.NODE_ENV === 'development';
  const reader = createReader({ driver, database, timeoutMs: options.queryTimeoutMs });
  const read = options.wrapRead ? options.wrapRead(reader) : reader;
  const heavy = createHeavyWorkFor(read, { timeoutMs: options.queryTimeoutMs, ...options.heavy });
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const yoga = createYogaServer<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Yoga's process-only check moves aside for the Neo4j-aware /health.
    healthCheckEndpoint: '/health/live',
    landingPage: false,
    logging: logger,
    maxRequestBodySize: maxBodyBytes,
    cors: corsAllowList(options.corsOrigins ?? []),
    graphiql:
      options.graphiql === false ? false : { title: 'treatygraph', defaultTabs: graphiqlTabs },
    renderGraphiQL: renderOfflineGraphiQL,
    // Backstop for errors outside execution (yoga has no request context there).
    maskedErrors: { maskError: (error) => toPublicError(error, { isDev }).error, isDev },
    context: ({ request, params, ...serverContext }) =>
      createContext({
        read,
        heavy: heavy.forRequest(clientOf(serverContext), () => requestShape(params)),
        requestId: requestIdOf(request),
        authorization: request.headers.get('authorization'),
        writes: { importer: options.importer, token: options.importToken },
        sourceLoads: options.sourceLoads,
      }),
    plugins: [
      useRequestId(),
      useNeo4jHealth({
        driver,
        database,
        detailToken: options.importToken,
        sourceLoads: options.sourceLoads,
      }),
      useViewExport({ heavy, logger }),
      useGraphiqlAssets(),
      ...(options.webRoot ? [useStaticFiles({ root: options.webRoot })] : []),
      useDocumentLimits(limits),
      ...(options.introspection === false ? [useDisableIntrospection()] : []),
      useCostLimit({ maxCost: limits.cost }),
      useProjection(),
      useErrorReporting({ logger, isDev }),
      { onDispose: () => heavy.close() },
    ],
  });
  return Object.assign(yoga, {
    gate: createEarlyRefusal({
      heavy,
      endpoint: '/graphql',
      maxBodyBytes,
      asksExpensive: expensiveRequestTest(schema, limits.tokens),
    }),
  });
}
