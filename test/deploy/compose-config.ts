import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type ComposeService = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  [key: string]: unknown;
};

export type ComposeConfig = { services: Record<string, ComposeService> };

/**
 * docker-compose.yml as a compose client renders it (`docker compose config`, or Debian's
 * `docker-compose config`), with `env` as the environment compose interpolates from.
 */
export function composeConfig(env: Record<string, string> = {}): ComposeConfig {
  const attempts: [string, string[]][] = [
    ['docker', ['compose', 'config']],
    ['docker-compose', ['config']],
  ];
  for (const [command, args] of attempts) {
    try {
      const text = execFileSync(command, args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, ...env },
      });
      return parse(text) as ComposeConfig;
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      // A compose client that ran and rejected the file is a real failure.
      if (/yaml|invalid|unsupported|error while/i.test(stderr)) throw error;
    }
  }
  throw new Error('No compose client: install one with `apt-get install -y docker-compose`.');
}

/**
 * A rendered value as the container receives it: `config` prints a literal `$` as `$$`, and
 * compose turns it back when it creates the container.
 */
export const unescapeDollars = (value: string) => value.replaceAll('$$', '$');
