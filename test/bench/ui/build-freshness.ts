import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Newest modification time (ms) of `path` and every file under it, skipping folders named in `skip`. */
export async function newestMtime(path: string, skip: ReadonlySet<string>): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry.name), skip));
  }
  return newest;
}

/**
 * Whether `output` was written after every file of `inputs` last changed (folders in `skip`
 * aside). A missing output is stale; a missing input is an error, not a silent "fresh".
 */
export async function isBuildFresh(options: {
  output: string;
  inputs: readonly string[];
  skip: ReadonlySet<string>;
}): Promise<boolean> {
  const built = await stat(options.output).then(
    (info) => info.mtimeMs,
    () => null,
  );
  if (built === null) return false;
  for (const input of options.inputs) {
    if ((await newestMtime(input, options.skip)) > built) return false;
  }
  return true;
}
