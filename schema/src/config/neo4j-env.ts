import { z } from 'zod';

/** URI schemes the driver accepts; `neo4j…` ones route across a cluster or Aura. */
export const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

/** An optional variable; empty (`NEO4J_PASSWORD=` in a .env file) means "not set". */
export const optionalEnv = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/**
 * The NEO4J_* variables, the one definition the server, the importer and the db scripts read
 * their connection from. Spread into a `z.object` and refine it with `neo4jUserRule`.
 */
export const neo4jEnvShape = {
  NEO4J_URI: z
    .string({ error: 'is required, for example neo4j://localhost:7687 or neo4j+s://….io' })
    .refine(
      (uri) => NEO4J_SCHEMES.some((scheme) => uri.startsWith(`${scheme}://`)),
      `expected a URI starting with ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
    ),
  NEO4J_USER: optionalEnv(z.string()),
  NEO4J_PASSWORD: optionalEnv(z.string()),
  NEO4J_DATABASE: optionalEnv(z.string()),
};

type Neo4jEnv = {
  NEO4J_URI: string;
  NEO4J_USER?: string;
  NEO4J_PASSWORD?: string;
  NEO4J_DATABASE?: string;
};

/**
 * A password without a user is a mistake the driver would only report as refused credentials:
 * `.refine(neo4jUserRule.check, neo4jUserRule.params)`, reported alongside any other problem.
 */
export const neo4jUserRule = {
  check: (env: Partial<Neo4jEnv>) =>
    env.NEO4J_PASSWORD === undefined || env.NEO4J_USER !== undefined,
  params: {
    path: ['NEO4J_USER'],
    message: 'is required when NEO4J_PASSWORD is set',
    when: () => true,
  },
};

export type Neo4jConnection = {
  uri: string;
  /** Absent when the server runs without authentication (the local and test instances). */
  user?: string;
  password?: string;
  /** Absent means the user's home database. */
  database?: string;
};

/** The connection parsed variables describe, without absent fields. */
export function neo4jConnection(env: Neo4jEnv): Neo4jConnection {
  return {
    uri: env.NEO4J_URI,
    ...(env.NEO4J_USER !== undefined && { user: env.NEO4J_USER }),
    ...(env.NEO4J_PASSWORD !== undefined && { password: env.NEO4J_PASSWORD }),
    ...(env.NEO4J_DATABASE !== undefined && { database: env.NEO4J_DATABASE }),
  };
}
