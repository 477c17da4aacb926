import type { EvidenceAt } from './collect-signers';
import { originalRange } from './plain-text';
import type { PlainText } from './plain-text';
import type { SentenceItem } from './sentence-items';
import type { Sentence } from './sentences';
import type { SignerList } from './signers';

/** A sentence of the story with its names, its signer lists and its evidence maker. */
export type Analysed = {
  sentence: Sentence;
  items: SentenceItem[];
  lists: SignerList[];
  at: EvidenceAt;
};

/** Evidence in the original input for offsets within `sentence`. */
export function evidenceIn(plain: PlainText, sentence: Sentence): EvidenceAt {
  const [sentenceStart, sentenceEnd] = originalRange(plain, sentence.start, sentence.end);
  return (start, end) => {
    const [s, e] = originalRange(plain, sentence.start + start, sentence.start + end);
    return { sentence: sentence.text, start: s, end: e, sentenceStart, sentenceEnd };
  };
}

/** How many names a sentence's signer lists hold. */
export const listLength = (a: Analysed) => a.lists.reduce((n, l) => n + l.items.length, 0);

/** Evidence for a fact about the whole sentence. */
export const wholeSentence = (a: Analysed) => a.at(0, a.sentence.text.length);

/** The first value `read` gives for a sentence, with that sentence. */
export function first<T>(
  analysed: Analysed[],
  read: (a: Analysed) => T | undefined,
): [T, Analysed] | undefined {
  for (const a of analysed) {
    const value = read(a);
    if (value !== undefined) return [value, a];
  }
  return undefined;
}
