import { availableParallelism } from 'node:os';
import {
  neo4jConnection,
  neo4jEnvShape,
  neo4jUserRule,
  optionalEnv as optional,
} from '@treatygraph/schema';
import type { Neo4jConnection } from '@treatygraph/schema';
import { z } from 'zod';
import { AppError } from './errors';

/** An origin as browsers send it: scheme, host, optional port; no path. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** Operations that may wait for a worker thread before more are refused. */
export const DEFAULT_HEAVY_QUEUE = 16;

/** Enough for an import of a few large status tables; GraphQL documents stay bounded by tokens. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

const envSchema = z
  .object({
    ...neo4jEnvShape,
    PORT: optional(z.coerce.number().int().min(0).max(65535)).default(4000),
    // Loopback by default: exposing the API to the network is a deliberate choice.
    HOST: optional(z.string()).default('127.0.0.1'),
    IMPORT_TOKEN: optional(z.string().min(16, 'must be at least 16 characters')),
    // Browser origins allowed to call the API from another origin; none by default.
    CORS_ORIGINS: optional(
      z
        .string()
        .transform((list) =>
          list
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean),
        )
        .pipe(
          z.array(
            z
              .string()
              .regex(
                ORIGIN,
                'expected origins such as https://analyst.example.org, comma-separated',
              ),
          ),
        ),
    ).default([]),
    MAX_BODY_BYTES: optional(z.coerce.number().int().min(1_000).max(50_000_000)).default(
      DEFAULT_MAX_BODY_BYTES,
    ),
    // Off hides the schema from clients that have not seen it (GraphiQL then cannot help).
    // Both default to off when NODE_ENV=production and on otherwise.
    GRAPHQL_INTROSPECTION: optional(z.enum(['on', 'off'])),
    GRAPHIQL: optional(z.enum(['on', 'off'])),
    NODE_ENV: optional(z.string()),
    // On: the app never writes (no corpus seeding, no importDocuments), for read-only users.
    READ_ONLY: optional(z.enum(['on', 'off'])).default('off'),
    // Expensive operations (coalitions, graph views, exports): see HeavyConfig.
    HEAVY_THREADS: optional(z.coerce.number().int().min(0).max(256)),
    HEAVY_QUEUE: optional(z.coerce.number().int().min(0).max(10_000)).default(DEFAULT_HEAVY_QUEUE),
    HEAVY_CACHE_MB: optional(z.coerce.number().int().min(0).max(65_536)).default(256),
    HEAVY_PER_CLIENT_PER_MINUTE: optional(z.coerce.number().int().min(0).max(100_000)),
  })
  .refine(neo4jUserRule.check, neo4jUserRule.params);

export type Neo4jConfig = Neo4jConnection;

/** How expensive operations run (coalitions, graph views, exports). */
export type HeavyConfig = {
  /** Worker threads (HEAVY_THREADS); 0 runs them on the request thread. Default: cores - 1. */
  threads: number;
  /** Operations that may wait for a thread (HEAVY_QUEUE); more are refused with 429. */
  maxQueue: number;
  /** Memory for cached results (HEAVY_CACHE_MB, default 256), in bytes. */
  cacheBytes: number;
  /**
   * Computations one client may start a minute (HEAVY_PER_CLIENT_PER_MINUTE); 0 is no limit,
   * the default on loopback; beyond loopback the default is 60.
   */
  perClientPerMinute: number;
};

const DEFAULT_PER_CLIENT_PER_MINUTE = 60;

/** One thread fewer than the machine has (the request thread keeps one), at least one. */
const defaultThreads = () => Math.max(1, availableParallelism() - 1);

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || host.startsWith('127.');

export type Config = {
  neo4j: Neo4jConfig;
  port: number;
  host: string;
  importToken?: string;
  /** Origins allowed cross-origin (CORS); empty means same-origin only. */
  corsOrigins: string[];
  /** Largest request body accepted, in bytes; larger ones get 413. */
  maxBodyBytes: number;
  /** Whether `__schema` and `__type` are answered (GRAPHQL_INTROSPECTION; default off in production). */
  introspection: boolean;
  /** Whether GET /graphql serves GraphiQL (GRAPHIQL; default off in production). */
  graphiql: boolean;
  /** READ_ONLY=on: start without writing and serve without the importer (default off). */
  readOnly: boolean;
  heavy: HeavyConfig;
};

/**
 * Reads and validates the environment once, at start-up. Throws an INVALID_CONFIG AppError
 * whose message lists every problem, one per line.
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('INVALID_CONFIG', `Invalid configuration:\n${lines.join('\n')}`, {
      details: { issues: lines },
    });
  }
  const e = parsed.data;
  // Safe defaults for a deployment, conveniences for development.
  const fallback = e.NODE_ENV === 'production' ? 'off' : 'on';
  return {
    neo4j: neo4jConnection(e),
    port: e.PORT,
    host: e.HOST,
    importToken: e.IMPORT_TOKEN,
    corsOrigins: e.CORS_ORIGINS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    introspection: (e.GRAPHQL_INTROSPECTION ?? fallback) === 'on',
    graphiql: (e.GRAPHIQL ?? fallback) === 'on',
    readOnly: e.READ_ONLY === 'on',
    heavy: {
      threads: e.HEAVY_THREADS ?? defaultThreads(),
      maxQueue: e.HEAVY_QUEUE,
      cacheBytes: e.HEAVY_CACHE_MB * 1_000_000,
      perClientPerMinute:
        e.HEAVY_PER_CLIENT_PER_MINUTE ?? (isLoopback(e.HOST) ? 0 : DEFAULT_PER_CLIENT_PER_MINUTE),
    },
  };
}
