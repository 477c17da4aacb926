import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { withFileLock } from './file-lock';
import { isAlive } from './instance-process';
import { ENTRY_POINT } from './java-args';
import { copyNeo4jJars } from './maven';
import { DEFAULT_CACHE_DIR, DEFAULT_NEO4J_VERSION, printProgress } from './paths';
import type { Progress } from './paths';

export interface ProvisionOptions {
  /** A Neo4j 5.x version on Maven Central; default 5.26.31. */
  version?: string;
  /** Default `<repo>/.cache/neo4j`. */
  cacheDir?: string;
  /** Status lines for the slow first run; default prints to stderr. */
  onProgress?: Progress;
}

export interface ProvisionedNeo4j {
  /** Folder holding every jar the server needs (`-cp <libDir>/*`). */
  libDir: string;
  version: string;
}

/** Written inside the lib folder before it is renamed into place, so it marks a complete copy. */
const STAMP = '.provisioned.json';
const TMP_PREFIX = 'lib.tmp-';

/**
 * Makes the Neo4j jars of `version` available locally, downloading them once per cache folder.
 * Safe to call from several processes at once: one downloads while the others wait.
 */
export async function provisionNeo4j(options: ProvisionOptions = {}): Promise<ProvisionedNeo4j> {
  const version = options.version ?? DEFAULT_NEO4J_VERSION;
  // The version becomes a folder name and a Maven property.
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`unexpected Neo4j version "${version}"`);
  const versionDir = join(resolve(options.cacheDir ?? DEFAULT_CACHE_DIR), version);
  const libDir = join(versionDir, 'lib');
  const result = { libDir, version };
  if (await isProvisioned(libDir)) return result;

  const onProgress = options.onProgress ?? printProgress;
  await mkdir(versionDir, { recursive: true });
  const lock = {
    path: join(versionDir, '.lock'),
    onWait: () => onProgress(`waiting for another process to provision Neo4j ${version}…`),
  };
  await withFileLock(lock, async () => {
    if (await isProvisioned(libDir)) return;
    await removeAbandonedCopies(versionDir);
    const started = Date.now();
    onProgress(`downloading Neo4j ${version} from Maven Central (first run only)…`);
    const tmpDir = join(versionDir, `${TMP_PREFIX}${process.pid}`);
    await rm(tmpDir, { recursive: true, force: true });
    const jars = await copyNeo4jJars({ version, outputDir: tmpDir, onProgress });
    await assertEntryPoint({ dir: tmpDir, version });
    const stamp = { version, jars, provisionedAt: new Date().toISOString() };
    await writeFile(join(tmpDir, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
    await publish({ tmpDir, libDir });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    onProgress(`Neo4j ${version}: ${jars} jars ready in ${libDir} after ${seconds} s`);
  });
  return result;
}

async function isProvisioned(libDir: string): Promise<boolean> {
  return readFile(join(libDir, STAMP)).then(
    () => true,
    () => false,
  );
}

// A directory rename is atomic: readers see no lib folder or a complete one.
async function publish(paths: { tmpDir: string; libDir: string }): Promise<void> {
  // Anything at libDir now lacks a stamp: an interrupted copy from an older layout.
  await rm(paths.libDir, { recursive: true, force: true });
  try {
    await rename(paths.tmpDir, paths.libDir);
  } catch (error) {
    // Lost a race against a process that took over the same stale lock: its copy is as good.
    if (!(await isProvisioned(paths.libDir))) throw error;
    await rm(paths.tmpDir, { recursive: true, force: true });
  }
}

async function removeAbandonedCopies(versionDir: string): Promise<void> {
  for (const name of await readdir(versionDir)) {
    const pid = Number(name.slice(TMP_PREFIX.length));
    if (name.startsWith(TMP_PREFIX) && !isAlive(pid)) {
      await rm(join(versionDir, name), { recursive: true, force: true });
    }
  }
}

// A zip's central directory stores entry names uncompressed, so a byte search finds the class.
async function assertEntryPoint(options: { dir: string; version: string }): Promise<void> {
  const jar = join(options.dir, `neo4j-${options.version}.jar`);
  const entry = `${ENTRY_POINT.replaceAll('.', '/')}.class`;
  const bytes = await readFile(jar).catch(() => undefined);
  if (!bytes?.includes(entry)) {
    throw new Error(`${jar} lacks ${entry}: Neo4j ${options.version} is not a 5.x server`);
  }
}
