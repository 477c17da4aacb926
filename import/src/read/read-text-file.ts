import { readFileSync } from 'node:fs';
import { ImportError } from '../errors';

/** Reads a UTF-8 input file, turning an I/O failure into a FILE_UNREADABLE import error. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ImportError({
      code: 'FILE_UNREADABLE',
      message: `${file}: cannot be read`,
      details: [{ code: 'FILE_UNREADABLE', message: 'cannot be read', file }],
      cause,
    });
  }
}
