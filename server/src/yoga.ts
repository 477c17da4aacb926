import { createYoga as createYogaServer } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { createContext } from './context';
import type { Context } from './context';
import { createReader } from './db/read';
import type { ReadFn } from './db/read';
import { schema } from './graphql/schema';
import { createConsoleLogger } from './logger';
import type { Logger } from './logger';
import { useCostLimit } from './plugins/cost-limit';
import { useErrorReporting } from './plugins/error-reporting';
import { useNeo4jHealth } from './plugins/health';
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
};

export type TreatygraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

const DEFAULT_QUERY = `# Declarations and who signed them. Ctrl-Enter runs the query.
{
  declarations(first: 5) {
    totalCount
    edges { node { id title adoptedOn signatoryCount references { shortName name } } }
  }
}
`;

/**
 * The HTTP application: GraphQL (GraphiQL on GET /graphql), `GET /health`, and the web app
 * when `webRoot` is given. It does not listen: pass it to `startServer`, or call its `fetch`.
 * @example const yoga = createYoga({ driver, database: 'neo4j' });
 */
export function createYoga(options: CreateYogaOptions): TreatygraphYoga {
  const { driver, database } = options;
  const logger = options.logger ?? createConsoleLogger();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const isDev = process.env.NODE_ENV === 'development';
  const reader = createReader({ driver, database, timeoutMs: options.queryTimeoutMs });
  const read = options.wrapRead ? options.wrapRead(reader) : reader;

  return createYogaServer<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Yoga's process-only check moves aside for the Neo4j-aware /health.
    healthCheckEndpoint: '/health/live',
    landingPage: false,
    logging: logger,
    maxRequestBodySize: 100_000,
    graphiql: { title: 'treatygraph', defaultQuery: DEFAULT_QUERY },
    // Backstop for errors outside execution (yoga has no request context there).
    maskedErrors: { maskError: (error) => toPublicError(error, { isDev }).error, isDev },
    context: ({ request }) => createContext({ read, requestId: requestIdOf(request) }),
    plugins: [
      useRequestId(),
      useNeo4jHealth({ driver, database }),
      ...(options.webRoot ? [useStaticFiles({ root: options.webRoot })] : []),
      useDocumentLimits(limits),
      useCostLimit({ maxCost: limits.cost }),
      useErrorReporting({ logger, isDev }),
    ],
  });
}
