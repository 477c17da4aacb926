import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFiles } from '@treatygraph/import';
import type { ImportInput } from '@treatygraph/import';
import type { Driver } from 'neo4j-driver';

async function inputOf(file: string): Promise<ImportInput> {
  return { name: basename(file), content: await readFile(file, 'utf8') };
}

/**
 * The project's importer end to end over the same files, as the CLI runs it file by file:
 * `importFiles` reads, validates, merges with what the database holds, writes and compares,
 * one transaction per file.
 */
export async function importerLoad(driver: Driver, files: readonly string[]): Promise<void> {
  for (const file of files) {
    await importFiles(driver, [await inputOf(file)], { dryRun: false });
  }
}

/** Time (ms) the importer spends before any database work: reading, validating, merging. */
export async function importerReadMs(files: readonly string[]): Promise<number> {
  const started = performance.now();
  for (const file of files) await importFiles(null, [await inputOf(file)], { dryRun: false });
  return performance.now() - started;
}
