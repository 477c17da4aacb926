import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { READY_PREFIX } from './announce';

export type ChildServer = {
  url: string;
  pid: number;
  /** Resident set size now and at its peak, in MB, from /proc. */
  memory(): Promise<{ rssMb: number; peakMb: number }>;
  /** The last few KB the server wrote to stderr: its error log. */
  stderrTail(): string;
  stop(): Promise<void>;
};

const START_TIMEOUT_MS = 60_000;

async function statusKb(pid: number, field: string): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}

/**
 * Runs `serve-ours`, `serve-peer` or `serve-http-baseline` in its own Node process against `neo4jUri` and resolves
 * once it listens. Its stderr is kept and shown if it fails to start.
 */
export async function startChildServer(options: {
  entry: 'serve-ours' | 'serve-peer' | 'serve-http-baseline';
  neo4jUri: string;
  /** Built UI for `serve-ours` to serve at `/`. */
  webRoot?: string;
}): Promise<ChildServer> {
  const script = fileURLToPath(new URL(`./${options.entry}.ts`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      NEO4J_URI: options.neo4jUri,
      NODE_ENV: 'production',
      BENCH_WEB_ROOT: options.webRoot ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${options.entry} did not start`);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${options.entry} did not listen in time`)),
      START_TIMEOUT_MS,
    );
    lines.on('line', (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      resolve(line.slice(READY_PREFIX.length));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.entry} exited with ${code} before listening:\n${stderr}`));
    });
  });
  return {
    url,
    pid,
    stderrTail: () => stderr,
    async memory() {
      return {
        rssMb: (await statusKb(pid, 'VmRSS')) / 1024,
        peakMb: (await statusKb(pid, 'VmHWM')) / 1024,
      };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
