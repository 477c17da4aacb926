import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFiles } from '@treatygraph/import';
import type { ImportInput } from '@treatygraph/import';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_DOCUMENT_EDGES } from '../corpus/generate';
import { BASELINE_BATCH } from './baseline-load';

async function inputOf(file: string): Promise<ImportInput> {
  return { name: basename(file), content: await readFile(file, 'utf8') };
}

// As many files per run as fill one of the baseline's transactions: both commit as often.
const FILES_PER_RUN = Math.max(1, Math.floor(BASELINE_BATCH / DEFAULT_DOCUMENT_EDGES));

/**
 * The project's importer end to end over the same files, as the CLI runs it given a few files
 * at a time: `importFiles` reads, validates, merges with what the database holds, writes and
 * compares, one transaction per run of FILES_PER_RUN files (at most 10,000 edges, the size of
 * the baseline's transactions).
 */
export async function importerLoad(driver: Driver, files: readonly string[]): Promise<void> {
  for (let i = 0; i < files.length; i += FILES_PER_RUN) {
    const inputs = await Promise.all(files.slice(i, i + FILES_PER_RUN).map(inputOf));
    await importFiles(driver, inputs, { dryRun: false });
  }
}

/** Time (ms) the importer spends before any database work: reading, validating, merging. */
export async function importerReadMs(files: readonly string[]): Promise<number> {
  const started = performance.now();
  for (const file of files) await importFiles(null, [await inputOf(file)], { dryRun: false });
  return performance.now() - started;
}
