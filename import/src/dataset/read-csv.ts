import { parse } from 'csv-parse/sync';
import { ImportError } from '../errors';
import { readTextFile } from '../read/read-text-file';

/** A CSV row with the 1-based line it starts on. */
export type CsvRow = { line: number; cells: string[] };

/**
 * The rows of a CSV file, header first, each with its line. A file that is not well-formed CSV
 * (an unclosed quote, say) is an ImportError naming the file and line.
 */
export function readCsv(file: string): CsvRow[] {
  const text = readTextFile(file);
  try {
    const records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    let line = 1;
    return records.map(({ record, info }) => {
      const row = { line, cells: record };
      line = info.lines + 1;
      return row;
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportError({
      code: 'SYNTAX',
      message: `${file}: not a readable CSV file; nothing was written`,
      details: [
        {
          code: 'SYNTAX',
          file,
          ...(line !== undefined && { line }),
          message: error instanceof Error ? error.message : String(error),
        },
      ],
    });
  }
}
