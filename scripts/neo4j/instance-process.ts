import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

// A JVM that exited but whose parent has not reaped it yet still answers kill(pid, 0).
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** Arguments of a running process, or undefined when it is gone. */
async function argsOf(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((arg) => arg !== '');
  } catch {
    // No /proc (macOS): ps joins arguments with spaces, which is enough for the checks below.
    try {
      const { stdout } = await run('ps', ['-ww', '-o', 'args=', '-p', String(pid)]);
      const line = stdout.trim();
      return line === '' ? undefined : line.split(' ');
    } catch {
      return undefined;
    }
  }
}

function isJavaFor(args: readonly string[], dir: string): boolean {
  const program = args[0];
  if (program === undefined || basename(program) !== 'java') return false;
  // Joined and padded so a folder containing spaces still matches when args came from ps.
  return ` ${args.join(' ')} `.includes(` --home-dir=${dir} `);
}

/** True when `pid` is a live JVM started by this runner for instance folder `dir`. */
export async function isInstanceProcess(options: { pid: number; dir: string }): Promise<boolean> {
  if (!isAlive(options.pid)) return false;
  const args = await argsOf(options.pid);
  return args !== undefined && isJavaFor(args, options.dir);
}

/** PIDs of every JVM serving instance folder `dir`, found through `ps` rather than pid files. */
export async function findInstanceProcesses(dir: string): Promise<number[]> {
  const { stdout } = await run('ps', ['-e', '-ww', '-o', 'pid=,args='], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pids: number[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    if (isJavaFor(match[2].split(' '), dir)) pids.push(Number(match[1]));
  }
  return pids;
}

/** SIGTERM (Neo4j checkpoints and exits cleanly), then SIGKILL the same PID after `timeoutMs`. */
export async function stopProcess(options: { pid: number; timeoutMs?: number }): Promise<void> {
  const { pid } = options;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  if (!signal(pid, 'SIGTERM')) return;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) {
      // A store recovers from its transaction log after a hard kill.
      signal(pid, 'SIGKILL');
      const killDeadline = Date.now() + 5_000;
      while (isAlive(pid) && Date.now() < killDeadline) await sleep(50);
      return;
    }
    await sleep(100);
  }
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}
