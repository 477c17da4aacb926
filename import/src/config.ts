import { neo4jConnection, neo4jEnvShape, neo4jUserRule } from '@treatygraph/schema';
import type { Neo4jConnection } from '@treatygraph/schema';
import { z } from 'zod';
import { ImportError } from './errors';

const envSchema = z.object(neo4jEnvShape).refine(neo4jUserRule.check, neo4jUserRule.params);

export type ImportConfig = Neo4jConnection;

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
  return neo4jConnection(parsed.data);
}
