// At most this many words: a heading a PDF breaks off the line it leads ("COMMUNICATION\nFROM").
const MAX_HEADING_WORDS = 4;

/**
 * The line above a sentence that opens its line, with its line break, when that line is a short
 * heading with no closing mark: the words that lead the sentence's list begin there, as in a
 * document heading "COMMUNICATION" over "FROM ALBANIA; …". Empty otherwise.
 */
export function headingAbove(text: string, sentenceStart: number): string {
  const before = text.slice(0, sentenceStart);
  const opens = /(?:^|\n)[ \t]*$/.exec(before);
  if (!opens || opens.index === 0) return '';
  const lineStart = before.lastIndexOf('\n', opens.index - 1) + 1;
  const line = before.slice(lineStart, opens.index);
  const words = line.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > MAX_HEADING_WORDS || /[.!?:;,]\s*$/.test(line)) {
    return '';
  }
  return `${line.trim()}\n`;
}
