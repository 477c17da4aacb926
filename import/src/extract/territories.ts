import type { Mention } from './mentions';

// Customs territories that the WTO, APEC and the Olympic movement name with their state after a
// comma ("Hong Kong, China", "Macao, China"): one name, the territory's, not two list members.
const TERRITORIES_OF_CHINA = new Set(['HKG', 'MAC', 'TWN']);

/**
 * `mentions` (offsets into `text`, in order) with "Hong Kong, China" and "Macao (China)" read as
 * the territory alone: China after its own territory is part of the territory's name.
 */
export function joinTerritoryNames(text: string, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const territory = mentions[i];
    const state = mentions[i + 1];
    if (!territory) continue;
    const between = state ? text.slice(territory.end, state.start) : '';
    const close = state && /^\s*\)/.exec(text.slice(state.end, state.end + 4));
    const named =
      state?.kind === 'state' &&
      territory.kind === 'state' &&
      state.ids.join() === 'CHN' &&
      territory.ids.length === 1 &&
      TERRITORIES_OF_CHINA.has(territory.ids[0] ?? '') &&
      (/^[ \t]*,[ \t]*$/.test(between) || (/^[ \t]*\([ \t]*$/.test(between) && close));
    if (!named || !state) {
      joined.push(territory);
      continue;
    }
    const end = close ? state.end + close[0].length : state.end;
    joined.push({ ...territory, last: state.last, end });
    i++;
  }
  return joined;
}
