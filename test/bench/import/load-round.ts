import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A first load and a re-load (ms), and the peak resident set over both (MB). */
export type Round = { loadMs: number; reloadMs: number; rssMb: number };

/**
 * Loads `files` into `neo4jUri` (emptied by the caller), then again, with the importer or the
 * baseline, in a Node process of its own that does nothing else: each side's memory is its
 * own, and neither inherits the other's compiled code or heap.
 */
export async function loadRound(options: {
  who: 'importer' | 'baseline';
  neo4jUri: string;
  files: readonly string[];
}): Promise<Round> {
  const script = fileURLToPath(new URL('./round-process.ts', import.meta.url));
  const args = ['--import', 'tsx', script, options.who, ...options.files];
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, NEO4J_URI: options.neo4jUri },
  });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  const round = JSON.parse(last) as { loadMs?: unknown; reloadMs?: unknown; maxRssKb?: unknown };
  const { loadMs, reloadMs, maxRssKb } = round;
  if (typeof loadMs !== 'number' || typeof reloadMs !== 'number' || typeof maxRssKb !== 'number') {
    throw new Error(`the ${options.who} round printed no figures: ${last}`);
  }
  return { loadMs, reloadMs, rssMb: maxRssKb / 1024 };
}
