import type { Analysed } from './analysed';
import { listLength } from './analysed';
import { collectAdjectiveSigners } from './adjective-signers';
import { collectCapitalSigners } from './capital-signers';
import { collectSigners, emptySigners } from './collect-signers';
import { BACKGROUND, LIST_HEADING, OFFICE_LINE } from './cues';
import type { Signers } from './collect-signers';
import { underGuestHeading } from './guest-heading';
import { otherTextLead } from './other-text';
import { collectPersonSigners } from './person-signers';
import { hasSignerCue, rowList } from './signers';

// A signing cue that ends its line with a colon ("on behalf of the following countries:"), or a
// heading ("Signatories"), lists the signers on the lines below it.
function listsBelow(analysed: Analysed[], index: number): Analysed[] {
  const cue = analysed[index];
  const text = cue?.sentence.text ?? '';
  if (!cue || !(/:\s*$/.test(text) || LIST_HEADING.test(text)) || cue.lists.length > 0) return [];
  const below: Analysed[] = [];
  for (const [k, next] of analysed.slice(index + 1).entries()) {
    const list = rowList(next.sentence.text, next.items);
    // A table's header row ("Partner⇥Region") stands between the cue and its rows.
    if (!list && k === 0 && isHeaderRow(next)) continue;
    if (!list) break;
    below.push({ ...next, lists: [list] });
  }
  return below;
}

const isHeaderRow = (a: Analysed) =>
  a.sentence.text.includes('\t') && !a.items.some((i) => i.kind === 'state');

// "1. Takes note of the statements made by the representatives of A and B": another text's authors.
const withoutOtherTexts = (a: Analysed): Analysed => ({
  ...a,
  lists: a.lists.filter((l) => !otherTextLead(a.sentence.text.slice(0, l.cueEnd))),
});

const heads = (text: string) => LIST_HEADING.test(text) || hasSignerCue(text);

// The longest list is read first: its order is the signatories' order, and its sentence the
// evidence of a state that a headline or a later sentence names again. People are known by
// what the whole text (`all`) says of them, also where only a part of it is read.
export function signersOf(
  analysed: Analysed[],
  all: Analysed[] = analysed,
): { signers: Signers; sentences: Analysed[] } {
  const found = analysed
    .map((a, index) => (underGuestHeading(analysed, index) ? { ...a, lists: [] } : a))
    .map(withoutOtherTexts)
    .flatMap((a, index) =>
      [a, ...(heads(a.sentence.text) ? listsBelow(analysed, index) : [])].filter(
        (x) => x.lists.length > 0,
      ),
    );
  // One line of office ("Minister of Foreign Affairs of Japan") may be a caption; two or more
  // are a signature block.
  const offices = found.filter((x) => OFFICE_LINE.test(x.sentence.text));
  const signed = offices.length >= 2 ? found : found.filter((x) => !offices.includes(x));
  // An earlier statement mentioned for background gives no signers, unless it is the only one.
  const current = signed.filter((x) => !BACKGROUND.test(x.sentence.text));
  const sentences = current.length > 0 ? current : signed;
  const signers = emptySigners();
  for (const x of [...sentences].sort((a, b) => listLength(b) - listLength(a))) {
    collectSigners(signers, x.sentence.text, { lists: x.lists, items: x.items, at: x.at });
  }
  const foreground = analysed.filter((a) => !BACKGROUND.test(a.sentence.text));
  for (const x of foreground) {
    collectAdjectiveSigners(signers, x.sentence.text, x.at);
    collectCapitalSigners(signers, x.sentence.text, x.at);
  }
  collectPersonSigners(signers, all, foreground);
  return { signers, sentences };
}
