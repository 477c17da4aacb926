import { z } from 'zod';
import { ImportError } from './errors';

// An empty variable (`NEO4J_PASSWORD=` in a .env file) means "not set", not "the empty string".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const envSchema = z.object({
  NEO4J_URI: z
    .string({ error: 'is required, for example bolt://localhost:7687' })
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'expected a neo4j:// or bolt:// URI'),
  NEO4J_USER: optional(z.string()),
  NEO4J_PASSWORD: optional(z.string()),
  NEO4J_DATABASE: optional(z.string()),
});

export type ImportConfig = { uri: string; user?: string; password?: string; database?: string };

/**
 * The Neo4j connection the CLI uses, from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
 * NEO4J_DATABASE; every problem at once as an INVALID_CONFIG ImportError.
 * @example loadImportConfig({ NEO4J_URI: 'bolt://localhost:7687' })
 */
export function loadImportConfig(env: Record<string, string | undefined>): ImportConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ImportError({
      code: 'INVALID_CONFIG',
      message: 'invalid environment',
      details: parsed.error.issues.map((issue) => ({
        code: 'INVALID_CONFIG' as const,
        message: issue.message,
        field: issue.path.join('.'),
      })),
    });
  }
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = parsed.data;
  return {
    uri: NEO4J_URI,
    ...(NEO4J_USER !== undefined && { user: NEO4J_USER }),
    ...(NEO4J_PASSWORD !== undefined && { password: NEO4J_PASSWORD }),
    ...(NEO4J_DATABASE !== undefined && { database: NEO4J_DATABASE }),
  };
}
