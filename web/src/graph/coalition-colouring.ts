import type { Colouring } from './paint';
import { COALITION_COLORS, OTHER_COLOR } from './palettes';

/** Which coalition each state is in: its 0-based rank by coalition size. */
export type Membership = ReadonlyMap<string, number>;

/** What a group is called in the legend: coalitions of signatories, or voting blocs. */
export type GroupNoun = 'Coalition' | 'Bloc';

const OTHERS: Record<GroupNoun, string> = {
  Coalition: 'Smaller coalitions',
  Bloc: 'Smaller blocs',
};

/**
 * Colours states by coalition (or voting bloc): the largest get the palette's colours in order,
 * the rest share grey as "Smaller coalitions"; states in none are left uncoloured.
 * @example paint(elements, { title: 'Coalitions', colouring: byCoalition(membership) })
 */
export function byCoalition(membership: Membership, noun: GroupNoun = 'Coalition'): Colouring {
  return (node) => {
    const rank = node.kind === 'State' ? membership.get(node.key) : undefined;
    if (rank === undefined) return undefined;
    const color = COALITION_COLORS[rank];
    return color
      ? { color, label: `${noun} ${rank + 1}` }
      : { color: OTHER_COLOR, label: OTHERS[noun] };
  };
}

const groupOrder = (noun: GroupNoun): readonly string[] => [
  ...COALITION_COLORS.map((_, i) => `${noun} ${i + 1}`),
  OTHERS[noun],
];

/** Legend order for coalitions: by rank, then the rest. */
export const COALITION_ORDER = groupOrder('Coalition');
/** Legend order for voting blocs: by rank, then the rest. */
export const BLOC_ORDER = groupOrder('Bloc');
