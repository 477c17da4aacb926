import { ImportError } from '../errors';
import type { Sentence } from './sentences';

/** Ten times a list of every UN member; no real statement has a longer sentence. */
export const MAX_SENTENCE_LENGTH = 30_000;

/**
 * Refuses a text with a sentence longer than any real one before the reader weighs its lists:
 * reading a sentence costs time in its length times the lists in it, so thousands of lists run
 * together without a full stop (a damaged paste) would hold a CPU core for minutes.
 */
export function assertSentenceLengths(sentences: Sentence[], max = MAX_SENTENCE_LENGTH): void {
  const long = sentences.find((s) => s.text.length > max);
  if (!long) return;
  throw new ImportError({
    code: 'INVALID_DOCUMENT',
    message: `a sentence runs over ${max} characters`,
    details: [
      {
        code: 'SYNTAX',
        message:
          `a sentence of ${long.text.length} characters runs without a full stop; no real ` +
          `statement does this: split the text into sentences or parts`,
        line: long.line + 1,
        field: 'text',
      },
    ],
  });
}
