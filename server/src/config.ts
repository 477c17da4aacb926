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
  })
  .refine(neo4jUserRule.check, neo4jUserRule.params);

export type Neo4jConfig = Neo4jConnection;

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
  };
}
