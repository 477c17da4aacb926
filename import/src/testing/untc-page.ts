import { fileURLToPath } from 'node:url';
import { readCsv } from '../dataset/read-csv';

// shared/ sits beside the repository, in development and in CI alike.
const DIR = fileURLToPath(
  new URL('../../../../shared/data/untc-mtdsg-2015/treaties/', import.meta.url),
);

/**
 * A UNTC status page as an analyst pastes it: the given heading lines, the "Status as at" line,
 * then the real participant table of one MTDSG treaty (`4-15`), its cells separated by tabs.
 */
export function pastedUntcPage(treaty: string, heading: string[]): string {
  const rows = readCsv(`${DIR}${treaty}.csv`).map((row) => row.cells.join('\t'));
  return [...heading, 'Status as at : 14-03-2015 05:00:11 EDT', '', ...rows, ''].join('\n');
}
