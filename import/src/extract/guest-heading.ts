import type { Analysed } from './analysed';
import { GUESTS } from './list-cues';

/**
 * Whether the sentence at `index` stands in a block of lines under a heading that names guests
 * or observers ("The heads of state also invited to their talks:", "Observers:"): the states on
 * those lines took part as guests, not as signers. Lines that name states may stand between.
 */
export function underGuestHeading(analysed: Analysed[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const a = analysed[i];
    if (!a) return false;
    if (/:\s*$/.test(a.sentence.text)) return GUESTS.test(a.sentence.text);
    if (!a.items.some((item) => item.kind === 'state')) return false;
  }
  return false;
}
