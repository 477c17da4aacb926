import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One row of the shared UN Treaty Collection snapshot (January 2014). */
export type UntcRow = {
  participant_name: string;
  iso3: string;
  signature_date: string;
  consent_date: string;
  consent_type: string;
  source_url: string;
};

// shared/ sits beside the repository, in development and in CI alike.
const DIR = fileURLToPath(new URL('../../../../shared/data/untc-2014/', import.meta.url));

/** The snapshot's files; tests read them in place, the project keeps no copy. */
export const UNTC_2014_FILES = {
  untoc: 'untoc_XVIII-12.csv',
  traffickingProtocol: 'palermo_trafficking_protocol_XVIII-12-a.csv',
  traffickingProtocolPost2014: 'palermo_trafficking_protocol_post2014_partial.csv',
} as const;

/** The rows of one snapshot file. Its values hold no commas or quotes, so a split suffices. */
export function untc2014Rows(file: string): UntcRow[] {
  const [header, ...lines] = readFileSync(`${DIR}${file}`, 'utf8').trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map(
    (line) =>
      Object.fromEntries(line.split(',').map((v, i) => [columns[i] ?? `${i}`, v])) as UntcRow,
  );
}
