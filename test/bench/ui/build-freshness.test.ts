import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildFresh } from './build-freshness';

describe('isBuildFresh', () => {
  let root: string;
  const at = (seconds: number) => new Date(seconds * 1000);
  const touch = async (path: string, seconds: number) => {
    await writeFile(path, 'x');
    await utimes(path, at(seconds), at(seconds));
  };
  const fresh = () =>
    isBuildFresh({
      output: join(root, 'dist', 'index.html'),
      inputs: [join(root, 'src'), join(root, 'package-lock.json')],
      skip: new Set(['node_modules']),
    });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'treatygraph-freshness-'));
    await mkdir(join(root, 'src', 'deep', 'node_modules'), { recursive: true });
    await mkdir(join(root, 'dist'));
    await touch(join(root, 'src', 'deep', 'a.ts'), 1_000);
    await touch(join(root, 'package-lock.json'), 1_000);
    for (const dir of ['src/deep/node_modules', 'src/deep', 'src']) {
      await utimes(join(root, dir), at(1_000), at(1_000));
    }
    await touch(join(root, 'dist', 'index.html'), 2_000);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('is fresh when the output is newer than every input, however deep', async () => {
    expect(await fresh()).toBe(true);
  });

  it('is stale when a nested source or a single input file changed after the build', async () => {
    await touch(join(root, 'src', 'deep', 'a.ts'), 3_000);
    expect(await fresh()).toBe(false);
    await touch(join(root, 'src', 'deep', 'a.ts'), 1_000);
    await touch(join(root, 'package-lock.json'), 3_000);
    expect(await fresh()).toBe(false);
  });

  it('ignores skipped folders and treats a missing output as stale', async () => {
    await touch(join(root, 'src', 'deep', 'node_modules', 'dep.js'), 3_000);
    await utimes(join(root, 'src', 'deep', 'node_modules'), at(3_000), at(3_000));
    expect(await fresh()).toBe(true);
    await rm(join(root, 'dist'), { recursive: true });
    expect(await fresh()).toBe(false);
  });

  it('fails on a missing input rather than calling the build fresh', async () => {
    await rm(join(root, 'package-lock.json'));
    await expect(fresh()).rejects.toThrow(/ENOENT/);
  });
});
