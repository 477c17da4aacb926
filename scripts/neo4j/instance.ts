import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { appendFile, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { neo4jConf } from './config';
import { freePort, isPortFree } from './free-port';
import { javaArgs } from './java-args';
import { followFile, readLogTail } from './log-file';
import { findInstanceProcesses, isAlive, isInstanceProcess, stopProcess } from './instance-process';
import { printProgress } from './paths';
import type { Progress } from './paths';
import { provisionNeo4j } from './provision';
import { waitForBolt } from './wait-ready';

export interface StartOptions {
  /** Instance folder; created if missing. Data in `<dir>/data` survives restarts. */
  dir: string;
  /** Neo4j 5.x version; default 5.26.31. */
  version?: string;
  /** Bolt port on 127.0.0.1; default a free one, so it can change between starts. */
  port?: number;
  /** Maximum JVM heap, e.g. `768m` (default) or `2g`. */
  heap?: string;
  /** Page cache size, e.g. `128m` (default). */
  pageCache?: string;
  /**
   * Requires user `neo4j` with this password, as a deployed server does; set before the first
   * start of a fresh folder (Neo4j ignores it once the folder has users). Default: no auth.
   */
  password?: string;
  /** Neo4j refuses every write to the data, as to a user without write rights (default false). */
  readOnly?: boolean;
  /** Where the jars are cached; default `<repo>/.cache/neo4j`. */
  cacheDir?: string;
  /** Default 180 s: cold JVMs on small CI machines have been seen to take minutes. */
  startTimeoutMs?: number;
  /** Each line Neo4j prints (also kept in `<dir>/logs/console.log`). */
  onLog?: (line: string) => void;
  /** The runner's own status lines; default prints to stderr. */
  onProgress?: Progress;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LocalNeo4j {
  /** `bolt://127.0.0.1:<port>`; authentication is disabled unless a `password` was given. */
  uri: string;
  pid: number;
  dir: string;
  version: string;
  logFile: string;
  /** Settles when the JVM exits, whether through `stop()` or not. */
  exited: Promise<ExitInfo>;
  /** SIGTERM, then SIGKILL after 20 s; idempotent. */
  stop(): Promise<void>;
}

const OWN_PID_FILE = 'local-neo4j.pid';
/** What `neo4j-admin` runs in 5.26. */
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
/** Written by Neo4j itself once started; removed on a clean shutdown. */
const NEO4J_PID_FILE = 'neo4j.pid';

export async function startNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const dir = resolve(options.dir);
  const onProgress = options.onProgress ?? printProgress;
  const { libDir, version } = await provisionNeo4j({
    version: options.version,
    cacheDir: options.cacheDir,
    onProgress,
  });
  await stopStaleInstances({ dir, onProgress });

  for (const sub of ['conf', 'data', 'logs', 'run', 'plugins']) {
    await mkdir(join(dir, sub), { recursive: true });
  }
  if (options.port !== undefined && !(await isPortFree(options.port))) {
    throw new Error(`port ${options.port} on 127.0.0.1 is already in use`);
  }
  const port = options.port ?? (await freePort());
  const auth = options.password !== undefined;
  const conf = neo4jConf({
    dir,
    port,
    pageCache: options.pageCache,
    auth,
    readOnly: options.readOnly,
  });
  await writeFile(join(dir, 'conf', 'neo4j.conf'), conf);
  if (auth) await setInitialPassword({ dir, libDir, password: options.password ?? '' });

  const logFile = join(dir, 'logs', 'console.log');
  await appendFile(logFile, `--- ${new Date().toISOString()} start by scripts/neo4j ---\n`);
  const logOffset = (await stat(logFile)).size;
  const started = Date.now();
  onProgress(`starting Neo4j ${version} in ${dir}`);
  const child = await spawnJava({ args: javaArgs({ dir, libDir, heap: options.heap }), logFile });
  const pid = child.pid;
  if (pid === undefined) throw new Error('java started without a pid');

  // Wired before any await, so that even an immediate JVM exit is seen.
  const childGone = new AbortController();
  // A test runner that exits without calling stop() must not leave the JVM behind; SIGTERM lets
  // Neo4j still shut down cleanly on its own.
  const onNodeExit = (): void => {
    if (isAlive(pid)) process.kill(pid, 'SIGTERM');
  };
  process.once('exit', onNodeExit);
  const exited = new Promise<ExitInfo>((done) => {
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      process.removeListener('exit', onNodeExit);
      childGone.abort();
      done({ code, signal });
    };
    // spawnJava awaited after spawning: the JVM may already be gone.
    if (child.exitCode !== null || child.signalCode !== null)
      onExit(child.exitCode, child.signalCode);
    else child.once('exit', onExit);
  });

  await writeFile(join(dir, 'run', OWN_PID_FILE), `${pid}\n`);
  const follower = options.onLog
    ? followFile({ path: logFile, fromOffset: logOffset, onLine: options.onLog })
    : undefined;

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await stopProcess({ pid });
      await follower?.stop();
      await rm(join(dir, 'run', OWN_PID_FILE), { force: true });
    })();
    return stopping;
  };

  const uri = `bolt://127.0.0.1:${port}`;
  try {
    const agent = await waitForBolt({
      uri,
      timeoutMs: options.startTimeoutMs ?? 180_000,
      signal: childGone.signal,
      dataDir: join(dir, 'data'),
      ...(auth && { auth: neo4j.auth.basic('neo4j', options.password ?? '') }),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    onProgress(`${agent} ready on ${uri} after ${seconds} s (pid ${pid})`);
  } catch (error) {
    const exit = childGone.signal.aborted ? await exited : undefined;
    await stop();
    const tail = await readLogTail({ path: logFile, fromOffset: logOffset });
    const why = exit
      ? `Neo4j exited (code ${exit.code}, signal ${exit.signal}) before it was ready`
      : `Neo4j did not become ready: ${(error as Error).message}`;
    throw new Error(`${why}. Last lines of ${logFile}:\n${tail}`, { cause: error });
  }
  return { uri, pid, dir, version, logFile, exited, stop };
}

/** `neo4j-admin dbms set-initial-password`, run from the provisioned jars. */
async function setInitialPassword(options: { dir: string; libDir: string; password: string }) {
  const { dir, libDir, password } = options;
  const child = spawn(
    'java',
    ['-cp', join(libDir, '*'), ADMIN_TOOL, 'dbms', 'set-initial-password', password],
    {
      env: { ...process.env, NEO4J_HOME: dir, NEO4J_CONF: join(dir, 'conf') },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`setting the initial Neo4j password failed: ${stderr.trim()}`);
}

async function spawnJava(options: { args: string[]; logFile: string }): Promise<ChildProcess> {
  // The JVM writes to the file itself, so its output never depends on this process.
  const log = await open(options.logFile, 'a');
  try {
    const child = spawn('java', options.args, { stdio: ['ignore', log.fd, log.fd] });
    await once(child, 'spawn').catch((error: NodeJS.ErrnoException) => {
      const hint = error.code === 'ENOENT' ? ' (is a Java 17 or 21 runtime on PATH?)' : '';
      throw new Error(`could not run java${hint}: ${error.message}`);
    });
    return child;
  } finally {
    await log.close();
  }
}

/**
 * A JVM left serving this folder (crashed test run, orphaned dev server) holds the store lock and
 * would make the new one fail; pid files are checked first, then every process's arguments.
 */
async function stopStaleInstances(options: { dir: string; onProgress: Progress }): Promise<void> {
  const { dir } = options;
  const candidates = new Set<number>();
  for (const file of [OWN_PID_FILE, NEO4J_PID_FILE]) {
    const text = await readFile(join(dir, 'run', file), 'utf8').catch(() => '');
    const pid = Number(text.trim());
    if (Number.isInteger(pid) && pid > 0) candidates.add(pid);
  }
  for (const pid of await findInstanceProcesses(dir).catch(() => [])) candidates.add(pid);
  for (const pid of candidates) {
    if (pid === process.pid || !(await isInstanceProcess({ pid, dir }))) continue;
    options.onProgress(`stopping a stale Neo4j (pid ${pid}) still serving ${dir}`);
    await stopProcess({ pid });
  }
}
