import type { SentenceItem } from './sentence-items';

/** The two states "Korea" alone may mean. */
export const BOTH_KOREAS = ['KOR', 'PRK'];

/** "Korea" alone, in each language the reader knows: either Korea, until the text settles it. */
export const KOREA_ALONE = ['Korea', 'Corée', 'Corea', 'Корея'];

const namesOnly = (items: SentenceItem[], code: string) =>
  items.some((i) => i.kind === 'state' && i.mention?.ids.join() === code);

/**
 * "Korea" alone, which the gazetteer leaves open between the two Koreas, read as the Republic of
 * Korea, as WTO, OECD, APEC and G20 lists name it: when the text names the DPRK by a name of its
 * own ("DPRK", "North Korea", "КНДР"), "Korea" is the other one; when it names neither, "Korea"
 * is the usual short form of the Republic. Only a text that names the Republic by another name
 * ("South Korea", "Republic of Korea") and never the DPRK leaves "Korea" open, for review.
 * `sentences` are every sentence's items; the open ones are replaced in place.
 */
export function settleKorea(sentences: SentenceItem[][]): void {
  const all = sentences.flat();
  if (namesOnly(all, 'KOR') && !namesOnly(all, 'PRK')) return;
  for (const items of sentences) {
    items.forEach((item, i) => {
      if (item.kind !== 'ambiguous' || item.mention?.ids.join() !== BOTH_KOREAS.join()) return;
      items[i] = { ...item, kind: 'state', mention: { ...item.mention, ids: ['KOR'] } };
    });
  }
}
