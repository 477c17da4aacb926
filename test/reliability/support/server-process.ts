import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { REPO } from './run-script';

/**
 * `npm run start:server` (or another entry point, such as `scripts/start.ts`) as a child
 * process, so that it can be signalled and measured.
 */
export type ServerProcess = {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Resident memory now, in MB, from /proc. */
  rssMb(): number;
  exited: Promise<number | null>;
  output(): string;
};

export async function startServerProcess(
  env: Record<string, string>,
  script = 'server/src/main.ts',
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO,
    // A test's server must not load ../shared/data into the shared test database behind its back.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TREATYGRAPH_DATA: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    );
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    child,
    exited,
    output: () => output,
    rssMb() {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Math.round(Number(kb ?? 0) / 1024);
    },
  };
}
