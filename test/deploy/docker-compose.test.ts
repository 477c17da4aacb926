import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `docker compose config` (v2 plugin) or `docker-compose config` (Debian's v1). */
function composeConfig(): string {
  const attempts: [string, string[]][] = [
    ['docker', ['compose', 'config']],
    ['docker-compose', ['config']],
  ];
  for (const [command, args] of attempts) {
    try {
      return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      // A compose client that ran and rejected the file is a real failure.
      if (/yaml|invalid|unsupported|error while/i.test(stderr)) throw error;
    }
  }
  throw new Error('No compose client: install one with `apt-get install -y docker-compose`.');
}

describe('docker-compose.yml', () => {
  const config = parse(composeConfig()) as {
    services: Record<string, Record<string, unknown>>;
  };

  it('runs the official Neo4j 5.26 community image with a healthcheck', () => {
    const neo4j = config.services.neo4j ?? {};
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck).toMatchObject({ test: expect.any(Array) });
  });

  it('builds the app and starts it once Neo4j is healthy', () => {
    const app = config.services.app ?? {};
    expect(app.build).toBeTruthy();
    expect(app.depends_on).toMatchObject({ neo4j: { condition: 'service_healthy' } });
    expect(app.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687' });
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(`${root}/Dockerfile`, 'utf8');
  const scripts = (
    JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: Record<string, string> }
  ).scripts;

  it('only runs npm scripts that package.json defines', () => {
    const used = [...dockerfile.matchAll(/npm(?:",\s*"|\s+)run(?:",\s*"|\s+)([\w:-]+)/g)].map(
      (m) => m[1],
    );
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(scripts, `npm run ${name}`).toHaveProperty(String(name));
  });
});
