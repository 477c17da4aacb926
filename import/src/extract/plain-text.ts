/**
 * Text derived from an input (HTML or Markdown stripped, footnote markers dropped) that still
 * knows, for every character, the offset it came from in the original input.
 */
export type PlainText = { text: string; origin: number[] };

/** Builds a PlainText piece by piece. */
export class PlainTextBuilder {
  private readonly parts: string[] = [];
  private readonly origin: number[] = [];
  private tail = '';

  /** Appends `text`, whose first character sits at `at` in the original, one for one. */
  append(text: string, at: number): void {
    this.push(text);
    for (let i = 0; i < text.length; i++) this.origin.push(at + i);
  }

  /** Appends `text` standing for the original characters from `at` (an entity, a `<br>`). */
  appendAs(text: string, at: number): void {
    this.push(text);
    for (let i = 0; i < text.length; i++) this.origin.push(at);
  }

  /** Ends a block with an empty line, so that no sentence runs from one block into the next. */
  breakLine(at: number): void {
    const end = this.tail;
    if (end === '') return;
    this.appendAs(end.endsWith('\n\n') ? '' : end.endsWith('\n') ? '\n' : '\n\n', at);
  }

  private push(text: string): void {
    this.parts.push(text);
    this.tail = (this.tail + text).slice(-2);
  }

  build(end: number): PlainText {
    return { text: this.parts.join(''), origin: [...this.origin, end] };
  }
}

/** The plain text of a text file: itself. */
export function identityText(text: string): PlainText {
  return { text, origin: Array.from({ length: text.length + 1 }, (_, i) => i) };
}

/** `plain` without the characters of `ranges` (plain-text offsets, sorted, not overlapping). */
export function withoutRanges(plain: PlainText, ranges: [number, number][]): PlainText {
  if (ranges.length === 0) return plain;
  const parts: string[] = [];
  const origin: number[] = [];
  let from = 0;
  for (const [start, end] of [...ranges, [plain.text.length, plain.text.length] as const]) {
    parts.push(plain.text.slice(from, start));
    // One by one: spreading a long slice into push() overflows the stack (fuzzing found it).
    for (const o of plain.origin.slice(from, start)) origin.push(o);
    from = end;
  }
  origin.push(plain.origin[plain.text.length] ?? plain.text.length);
  return { text: parts.join(''), origin };
}

/** The original offsets of the plain-text range from `start` to `end` (exclusive). */
export function originalRange(plain: PlainText, start: number, end: number): [number, number] {
  const first = plain.origin[start] ?? 0;
  const last = end > start ? (plain.origin[end - 1] ?? first) + 1 : first;
  return [first, Math.max(first, last)];
}
