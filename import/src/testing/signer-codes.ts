import { beforeAll } from 'vitest';
import { extractFromText } from '../extract/extract';

/**
 * The codes of the first declaration's signatories a text gives, space-separated, in the
 * reader's order, or sorted where the order is not what a test is about.
 */
export function signerCodes(text: string, options: { sorted?: boolean } = {}): string {
  const [declaration] = extractFromText(text, { file: 'case.txt', format: 'txt' }).declarations;
  const codes = (declaration?.signatories ?? []).map((s) => s.code);
  return (options.sorted ? codes.sort() : codes).join(' ');
}

/**
 * Reads one text before a suite's tests: the first reading builds the name indexes, which takes
 * seconds on a busy machine, more than one test's time.
 */
export function warmUpReader(): void {
  beforeAll(() => signerCodes('Joint statement of France and Germany.'), 60_000);
}
