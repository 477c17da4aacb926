import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, composeConfig, unescapeDollars } from './compose-config';

const PASSWORD = 'custom "pass" $word';

describe('docker-compose.yml', () => {
  const config = composeConfig({ NEO4J_PASSWORD: PASSWORD });
  const neo4j = config.services.neo4j ?? {};
  const app = config.services.app ?? {};

  it('runs the official Neo4j 5.26 community image with a healthcheck', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck).toMatchObject({ test: expect.any(Array) });
  });

  it('builds the app, starts it once Neo4j is healthy and restarts it when it crashes', () => {
    expect(app.build).toBeTruthy();
    expect(app.depends_on).toMatchObject({ neo4j: { condition: 'service_healthy' } });
    expect(app.restart).toBe('unless-stopped');
    expect(app.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687' });
  });

  it('gives Neo4j, its healthcheck and the app the same custom password', () => {
    const auth = unescapeDollars(neo4j.environment?.NEO4J_AUTH ?? '');
    expect(auth).toBe(`neo4j/${PASSWORD}`);
    expect(unescapeDollars(app.environment?.NEO4J_PASSWORD ?? '')).toBe(PASSWORD);
    const test = neo4j.healthcheck?.test;
    expect(Array.isArray(test) ? test.map(unescapeDollars) : []).toContain(PASSWORD);
  });

  it('gives the Neo4j container only NEO4J_* variables its entrypoint accepts', () => {
    // The entrypoint writes each NEO4J_x_y as setting x.y; Neo4j 5 exits on unknown settings
    // such as PASSWORD. NEO4J_AUTH is the one it takes for itself.
    const names = Object.keys(neo4j.environment ?? {}).filter((name) => name.startsWith('NEO4J_'));
    for (const name of names) {
      expect(name === 'NEO4J_AUTH' || /^NEO4J_[a-z]/.test(name), name).toBe(true);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(`${ROOT}/Dockerfile`, 'utf8');
  const scripts = (
    JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> }
  ).scripts;

  const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('runs the final stage as a user other than root', () => {
    const user = /^USER\s+(\S+)/m.exec(final)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });

  it('installs production dependencies only and runs compiled JavaScript with node', () => {
    expect(final).toMatch(/npm ci --omit=dev/);
    expect(final).toMatch(/^CMD \["node", .*"dist\/server\/start\.js"\]$/m);
    expect(final).not.toMatch(/tsx|npm run/);
  });

  it("checks the app's /health", () => {
    expect(final).toMatch(/^HEALTHCHECK [^\n]*(\\\n[^\n]*)*\/health/m);
  });

  it('leaves secrets, data and build output out of the build context', () => {
    const ignored = readFileSync(`${ROOT}/.dockerignore`, 'utf8').split('\n');
    for (const entry of ['.env', '.data', 'data', 'node_modules', '.git']) {
      expect(ignored, entry).toContain(entry);
    }
  });

  it('only runs npm scripts that package.json defines', () => {
    const used = [...dockerfile.matchAll(/npm(?:",\s*"|\s+)run(?:",\s*"|\s+)([\w:-]+)/g)].map(
      (m) => m[1],
    );
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(scripts, `npm run ${name}`).toHaveProperty(String(name));
  });
});
