import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { AppError } from './errors';

function failure(env: Record<string, string>): AppError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('applies defaults: port 4000 on loopback, no auth, home database', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://localhost:7687' })).toEqual({
      neo4j: { uri: 'neo4j://localhost:7687' },
      port: 4000,
      host: '127.0.0.1',
      corsOrigins: [],
      maxBodyBytes: 1_000_000,
      introspection: true,
      graphiql: true,
      readOnly: false,
      heavy: {
        threads: Math.max(1, availableParallelism() - 1),
        maxQueue: 16,
        cacheBytes: 256_000_000,
        perClientPerMinute: 0,
      },
    });
  });

  it('reads every variable, including routing URIs', () => {
    expect(
      loadConfig({
        NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'secret',
        NEO4J_DATABASE: 'treaties',
        PORT: '8080',
        HOST: '0.0.0.0',
        IMPORT_TOKEN: 'a-long-enough-token',
        CORS_ORIGINS: 'https://analyst.example.org, http://localhost:5173',
        MAX_BODY_BYTES: '2000000',
      }),
    ).toEqual({
      neo4j: {
        uri: 'neo4j+s://abc.databases.neo4j.io',
        user: 'neo4j',
        password: 'secret',
        database: 'treaties',
      },
      port: 8080,
      host: '0.0.0.0',
      importToken: 'a-long-enough-token',
      corsOrigins: ['https://analyst.example.org', 'http://localhost:5173'],
      maxBodyBytes: 2_000_000,
      introspection: true,
      graphiql: true,
      readOnly: false,
      // Listening beyond loopback turns the per-client limit on.
      heavy: expect.objectContaining({ perClientPerMinute: 60 }) as unknown,
    });
  });

  it('reads the limits of expensive operations; 0 threads and 0 per client are allowed', () => {
    expect(
      loadConfig({
        NEO4J_URI: 'bolt://x:7687',
        HOST: '0.0.0.0',
        HEAVY_THREADS: '0',
        HEAVY_QUEUE: '4',
        HEAVY_CACHE_MB: '10',
        HEAVY_PER_CLIENT_PER_MINUTE: '0',
      }).heavy,
    ).toEqual({ threads: 0, maxQueue: 4, cacheBytes: 10_000_000, perClientPerMinute: 0 });
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x:7687', HEAVY_QUEUE: '-1' })).toThrow(
      /HEAVY_QUEUE/,
    );
  });

  it('turns introspection off with GRAPHQL_INTROSPECTION=off and refuses other values', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://x:7687', GRAPHQL_INTROSPECTION: 'off' })).toMatchObject({
      introspection: false,
    });
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x:7687', GRAPHQL_INTROSPECTION: 'no' })).toThrow(
      /GRAPHQL_INTROSPECTION/,
    );
  });

  it('turns GraphiQL and introspection off when NODE_ENV=production, unless enabled', () => {
    const production = { NEO4J_URI: 'bolt://x:7687', NODE_ENV: 'production' };
    expect(loadConfig(production)).toMatchObject({ introspection: false, graphiql: false });
    expect(
      loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'on', GRAPHIQL: 'on' }),
    ).toMatchObject({ introspection: true, graphiql: true });
    expect(loadConfig({ NEO4J_URI: 'bolt://x:7687', GRAPHIQL: 'off' })).toMatchObject({
      introspection: true,
      graphiql: false,
    });
  });

  it('serves read-only with READ_ONLY=on and refuses other values', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://x:7687', READ_ONLY: 'on' })).toMatchObject({
      readOnly: true,
    });
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x:7687', READ_ONLY: 'yes' })).toThrow(/READ_ONLY/);
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://x:7687', NEO4J_PASSWORD: '', PORT: '' });
    expect(config.neo4j.password).toBeUndefined();
    expect(config.port).toBe(4000);
  });

  it('lists every problem in one readable error', () => {
    const error = failure({ NEO4J_URI: 'http://x', PORT: 'eighty', NEO4J_PASSWORD: 'p' });
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.details.issues).toHaveLength(3);
    expect(error.message).toMatch(/^Invalid configuration:\n {2}NEO4J_URI: expected a URI/);
    expect(error.message).toContain('PORT:');
    expect(error.message).toContain('NEO4J_USER: is required when NEO4J_PASSWORD is set');
  });

  it('refuses an origin with a path, and a body limit below 1,000 bytes', () => {
    const error = failure({
      NEO4J_URI: 'bolt://x:7687',
      CORS_ORIGINS: 'https://ok.example.org,https://x.org/path',
      MAX_BODY_BYTES: '10',
    });
    expect(error.message).toContain('CORS_ORIGINS.1: expected origins');
    expect(error.message).toContain('MAX_BODY_BYTES:');
  });

  it('requires NEO4J_URI', () => {
    expect(failure({}).message).toContain('NEO4J_URI: is required');
  });
});
