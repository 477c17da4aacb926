import { nameTrie } from './name-index';
import { tokenize } from './tokens';

const TAIL = 4;
const HEAD = 4;

/**
 * Whether a known name runs from the end of `line` into the start of `next`: a PDF breaks a
 * title's "the North Atlantic" from "Council on the so-called", a list's "United" from "Kingdom".
 */
export function nameAcrossLines(line: string, next: string): boolean {
  const tail = tokenize(line).slice(-TAIL);
  const head = tokenize(next).slice(0, HEAD);
  if (tail.length === 0 || head.length === 0) return false;
  const words = [...tail, ...head];
  for (let first = 0; first < tail.length; first++) {
    if (!words[first]?.capitalized) continue;
    let node = nameTrie();
    for (let j = first; j < words.length; j++) {
      const word = words[j];
      if (!word) break;
      if (j > first && word.norm === 'the') continue;
      const step = node.next.get(word.stem);
      if (!step) break;
      node = step;
      // A name that ends on the next line and is more than the words on this one.
      if (j >= tail.length && node.values.length > 0) return true;
    }
  }
  return false;
}
