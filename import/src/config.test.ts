import { describe, expect, it } from 'vitest';
import { loadImportConfig } from './config';

describe('loadImportConfig', () => {
  it('reads the NEO4J_* variables; empty ones count as unset', () => {
    expect(loadImportConfig({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: '' })).toEqual({
      uri: 'bolt://localhost:7687',
    });
    expect(
      loadImportConfig({
        NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'secret',
        NEO4J_DATABASE: 'graph',
      }),
    ).toEqual({
      uri: 'neo4j+s://x.databases.neo4j.io',
      user: 'neo4j',
      password: 'secret',
      database: 'graph',
    });
  });

  it('fails with INVALID_CONFIG naming the variable', () => {
    expect(() => loadImportConfig({ NEO4J_URI: 'http://localhost' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_CONFIG',
        details: [expect.objectContaining({ field: 'NEO4J_URI' })],
      }),
    );
    expect(() => loadImportConfig({})).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
  });
});
