/** From this many states a banded view (Treaty parties, Compare) draws blocks without lines. */
export const BLOCKS_FROM = 60;

/**
 * What a banded view of `states` states says when it switches to blocks, or null below
 * {@link BLOCKS_FROM}, where one node per state with its lines still reads.
 * @example blocksNote(190) // '190 states: each group is a block of its colour, …'
 */
export function blocksNote(states: number): string | null {
  if (states < BLOCKS_FROM) return null;
  return (
    `${states} states: each group is drawn as a block of its own colour, without lines, so ` +
    `it reads at a glance; select a state for its lines. The lists, searchable and as CSV, ` +
    `are in the Details panel.`
  );
}
