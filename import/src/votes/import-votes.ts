import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ISSUES_FILE, readVoteData, ROLL_CALLS_FILE, VOTES_FILE } from './read-votes';
import type { VoteData } from './read-votes';
import { writeVoteData } from './write-votes';
import type { VoteWriteOptions, VoteWriteSummary } from './write-votes';

/** Whether `path` is a folder of UN General Assembly vote data (its three CSV files). */
export function isVoteDataDir(path: string): boolean {
  return (
    existsSync(path) &&
    statSync(path).isDirectory() &&
    [ROLL_CALLS_FILE, VOTES_FILE, ISSUES_FILE].every((file) => existsSync(join(path, file)))
  );
}

/** One line per voter the dataset has no current ISO code for, and what it became. */
export function describeHistorical(data: VoteData): string[] {
  return data.historical.map(
    (h) => `${h.country}: ${h.votes.toLocaleString('en')} votes as ${h.code}`,
  );
}

/**
 * Reads, validates and writes one folder of vote data (see `readVoteData`, `writeVoteData`).
 * @example await importVoteData(driver, '../shared/data/unga-votes-voeten')
 */
export async function importVoteData(
  driver: Driver,
  dir: string,
  options: VoteWriteOptions = {},
): Promise<VoteWriteSummary> {
  const data = readVoteData(dir);
  for (const line of describeHistorical(data)) options.onProgress?.(line);
  return writeVoteData(driver, data, options);
}
