import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFileLock } from './file-lock';

describe('withFileLock', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs holders one at a time and removes the lock afterwards', async () => {
    const path = join(dir, '.lock');
    const events: string[] = [];
    let waited = 0;
    const task = (name: string) => async () => {
      events.push(`${name} in`);
      await sleep(50);
      events.push(`${name} out`);
    };
    await Promise.all([
      withFileLock({ path, onWait: () => (waited += 1) }, task('a')),
      withFileLock({ path, onWait: () => (waited += 1) }, task('b')),
    ]);
    // Either may win the race; what matters is that the holders never overlap.
    const first = events[0]?.split(' ')[0];
    const second = first === 'a' ? 'b' : 'a';
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    expect(waited).toBe(1);
    await expect(readFile(path)).rejects.toThrow();
  });

  it('takes over a lock whose owner is dead', async () => {
    const path = join(dir, '.lock');
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(path, String(dead));
    const result = await withFileLock({ path, timeoutMs: 2_000 }, async () => 'ran');
    expect(result).toBe('ran');
  });

  it('times out on a live owner', async () => {
    const path = join(dir, '.lock');
    await writeFile(path, String(process.pid));
    await expect(withFileLock({ path, timeoutMs: 600 }, async () => 'ran')).rejects.toThrow(
      /timed out/,
    );
  });
});
