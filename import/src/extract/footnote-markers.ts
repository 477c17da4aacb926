import { memberGroups } from '../resolve/group-members';
import { withoutRanges } from './plain-text';
import type { PlainText } from './plain-text';

// "[1]", "[^2]", "¹²", "Kazakhstan1," and "Russia*,": reference marks glued to a word or in
// brackets. Digits right after a lower-case letter are a mark only when punctuation or a space
// follows, so "G20", "C182" and "A/RES/64/293" stay whole.
const MARKERS = [
  /\[\^?\d{1,3}\]/g,
  /[\u00b9\u00b2\u00b3\u2070-\u2079]+/g,
  /(?<=\p{Ll})\d{1,2}(?=[,.;:)\s]|$)/gu,
  /(?<=\p{L})\*+(?=[,.;:)\s]|$)/gu,
];

let numbered: Set<string> | undefined;

// Group names that end in a number after a small letter: "Med7", "Med9" are no "Med" and a mark.
function numberedGroupName(text: string, at: number, digits: string): boolean {
  numbered ??= new Set(
    memberGroups()
      .flatMap((g) => g.names ?? [])
      .filter((n) => /\p{Ll}\d+$/u.test(n))
      .map((n) => n.toLowerCase()),
  );
  const word = /[\p{L}-]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
  return numbered.has(`${word}${digits}`.toLowerCase());
}

/** `plain` without footnote and reference markers. */
export function withoutFootnoteMarkers(plain: PlainText): PlainText {
  const ranges = MARKERS.flatMap((pattern) =>
    [...plain.text.matchAll(pattern)]
      .filter((m) => !/^\d+$/u.test(m[0]) || !numberedGroupName(plain.text, m.index, m[0]))
      .map((m): [number, number] => [m.index, m.index + m[0].length]),
  ).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return withoutRanges(plain, merged);
}
