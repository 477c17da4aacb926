import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Peak resident set (MB) of a whole load of `files` into `neo4jUri` by the importer or the
 * baseline, each in a Node process of its own that does nothing else (Node and tsx included).
 */
export async function loadPeakRssMb(options: {
  who: 'importer' | 'baseline';
  neo4jUri: string;
  files: readonly string[];
}): Promise<number> {
  const script = fileURLToPath(new URL('./load-process.ts', import.meta.url));
  const args = ['--import', 'tsx', script, options.who, ...options.files];
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, NEO4J_URI: options.neo4jUri },
  });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  const { maxRssKb } = JSON.parse(last) as { maxRssKb?: unknown };
  if (typeof maxRssKb !== 'number') throw new Error(`${options.who} printed no peak: ${last}`);
  return maxRssKb / 1024;
}
