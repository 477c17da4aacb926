import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from './instance-process';

export interface FileLockOptions {
  path: string;
  /** Called once if another process holds the lock. */
  onWait?: () => void;
  timeoutMs?: number;
}

/**
 * Runs `task` while holding an exclusive lock file (created with O_EXCL, holding the owner's PID).
 * A lock whose owner died is taken over. Two waiters can both take over the same dead lock, so
 * callers must still publish their result atomically; the lock only avoids duplicate work.
 */
export async function withFileLock<T>(
  options: FileLockOptions,
  task: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
  let waiting = false;
  for (;;) {
    const handle = await open(options.path, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (handle) {
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      try {
        return await task();
      } finally {
        await rm(options.path, { force: true });
      }
    }
    if (await ownerIsDead(options.path)) {
      // Renamed first so that only one waiter removes this particular stale file.
      const stale = `${options.path}.stale-${process.pid}`;
      await rename(options.path, stale).then(
        () => rm(stale, { force: true }),
        () => undefined,
      );
      continue;
    }
    if (Date.now() >= deadline) throw new Error(`timed out waiting for lock ${options.path}`);
    if (!waiting) options.onWait?.();
    waiting = true;
    await sleep(500);
  }
}

async function ownerIsDead(path: string): Promise<boolean> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  // Just removed: look again.
  if (text === undefined) return false;
  if (text.trim() === '') {
    // Empty while its owner is between open and write; empty for long means the owner crashed.
    const age = await stat(path).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    return age > 10_000;
  }
  const pid = Number(text.trim());
  return !Number.isInteger(pid) || pid <= 0 || !isAlive(pid);
}
