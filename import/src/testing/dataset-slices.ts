import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// shared/ sits beside the repository, in development and in CI alike.
const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

/** The shared source folders, read in place; the project keeps no copy. */
export const DATASETS = {
  untc: join(DATA, 'untc-mtdsg-2015'),
  ggo: join(DATA, 'manytreaties-ggo'),
} as const;

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '');

/** The header and the lines whose first cells match, for a slice of a CSV file. */
function sliceCsv(file: string, keep: (line: string) => boolean): string {
  const [header, ...rows] = lines(file);
  return `${[header, ...rows.filter(keep)].join('\n')}\n`;
}

/**
 * A throwaway MTDSG folder with the index rows, tables and declaration texts of these
 * treaties (`4-11`, `1-2`…), in the OS temp folder.
 */
export function untcSlice(keys: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'treatygraph-untc-'));
  mkdirSync(join(dir, 'treaties'));
  mkdirSync(join(dir, 'declarations'));
  const indexKey = (line: string) => {
    const [chapter, number] = line.split(',');
    return `${chapter}-${(number ?? '').replaceAll('.', '-')}`;
  };
  writeFileSync(
    join(dir, 'index.csv'),
    sliceCsv(join(DATASETS.untc, 'index.csv'), (line) => keys.includes(indexKey(line))),
  );
  for (const key of keys) {
    copyFileSync(
      join(DATASETS.untc, 'treaties', `${key}.csv`),
      join(dir, 'treaties', `${key}.csv`),
    );
    const text = join(DATASETS.untc, 'declarations', `${key}.txt`);
    if (existsSync(text)) copyFileSync(text, join(dir, 'declarations', `${key}.txt`));
  }
  return dir;
}

/** A throwaway manytreaties folder with the agreements and parties rows of these treatyIDs. */
export function ggoSlice(ids: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'treatygraph-ggo-'));
  const agreement = (line: string) => ids.includes(line.split(',')[0] ?? '');
  const party = (line: string) => ids.includes(line.split(',')[1] ?? '');
  writeFileSync(
    join(dir, 'agreements.csv'),
    sliceCsv(join(DATASETS.ggo, 'agreements.csv'), agreement),
  );
  writeFileSync(join(dir, 'parties.csv'), sliceCsv(join(DATASETS.ggo, 'parties.csv'), party));
  return dir;
}

/** The data rows of a CSV file whose first cell is not empty (a slice's or a whole file's). */
export function csvDataLines(file: string): number {
  return lines(file).length - 1;
}
