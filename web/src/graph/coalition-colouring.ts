import type { Colouring } from './paint';
import { COALITION_COLORS, OTHER_COLOR } from './palettes';

/** Which coalition each state is in: its 0-based rank by coalition size. */
export type Membership = ReadonlyMap<string, number>;

/**
 * Colours states by coalition: the largest coalitions get the palette's colours in order, the
 * rest share grey as "Smaller coalitions"; states in none are left uncoloured.
 * @example paint(elements, { title: 'Coalitions', colouring: byCoalition(membership) })
 */
export function byCoalition(membership: Membership): Colouring {
  return (node) => {
    const rank = node.kind === 'State' ? membership.get(node.key) : undefined;
    if (rank === undefined) return undefined;
    const color = COALITION_COLORS[rank];
    return color
      ? { color, label: `Coalition ${rank + 1}` }
      : { color: OTHER_COLOR, label: 'Smaller coalitions' };
  };
}

/** Legend order for coalitions: by rank, then the rest. */
export const COALITION_ORDER: readonly string[] = [
  ...COALITION_COLORS.map((_, i) => `Coalition ${i + 1}`),
  'Smaller coalitions',
];
