/** A state's place in one compared set: `member` null when the data cannot decide it. */
export type Standing<TState> = { state: TState; member: boolean | null };

export type StateComparison<TState> = {
  both: TState[];
  onlyA: TState[];
  onlyB: TState[];
  undetermined: TState[];
};

type Named = { code: string; name: string };

const byName = (x: Named, y: Named) =>
  x.name < y.name ? -1 : x.name > y.name ? 1 : x.code < y.code ? -1 : x.code > y.code ? 1 : 0;

/**
 * Splits the states of two sets into both, only A and only B, each by name. A state whose
 * membership of either set is undecided goes to `undetermined` and to no other list, since it
 * could belong to more than one of them.
 * @example compareStandings([{ state: bgd, member: null }], [{ state: bgd, member: true }])
 *   // { both: [], onlyA: [], onlyB: [], undetermined: [bgd] }
 */
export function compareStandings<TState extends Named>(
  a: readonly Standing<TState>[],
  b: readonly Standing<TState>[],
): StateComparison<TState> {
  const states = new Map<string, TState>();
  const inA = new Set<string>();
  const inB = new Set<string>();
  const undecided = new Set<string>();
  const collect = (standings: readonly Standing<TState>[], members: Set<string>): void => {
    for (const { state, member } of standings) {
      states.set(state.code, state);
      if (member === null) undecided.add(state.code);
      else if (member) members.add(state.code);
    }
  };
  collect(a, inA);
  collect(b, inB);
  const sorted = (keep: (code: string) => boolean): TState[] =>
    [...states.values()].filter((s) => keep(s.code)).sort(byName);
  const decided = (code: string) => !undecided.has(code);
  return {
    both: sorted((code) => decided(code) && inA.has(code) && inB.has(code)),
    onlyA: sorted((code) => decided(code) && inA.has(code) && !inB.has(code)),
    onlyB: sorted((code) => decided(code) && !inA.has(code) && inB.has(code)),
    undetermined: sorted((code) => undecided.has(code)),
  };
}
