/** A state's place in one compared set: `member` null when the data cannot decide it. */
export type Standing<TState> = { state: TState; member: boolean | null };

/**
 * One compared set: the standings of the states it has a record of, and whether its data is
 * complete, so that a state it has no record of is no member (a declaration's signatories, a
 * roll call's votes, an instrument with a complete table) rather than unknown.
 */
export type ComparedSet<TState> = { standings: readonly Standing<TState>[]; complete: boolean };

export type StateComparison<TState> = {
  both: TState[];
  onlyA: TState[];
  onlyB: TState[];
  undetermined: TState[];
  /** Members of B of which A, whose data is not complete, has no record. */
  noRecordInA: TState[];
  /** Members of A of which B, whose data is not complete, has no record. */
  noRecordInB: TState[];
};

type Named = { code: string; name: string };

const byName = (x: Named, y: Named) =>
  x.name < y.name ? -1 : x.name > y.name ? 1 : x.code < y.code ? -1 : x.code > y.code ? 1 : 0;

/**
 * Splits the states of two sets into both, only A and only B, each by name. A state whose
 * membership of either set is undecided goes to `undetermined` and to no other list, since it
 * could belong to more than one of them. A member of one set of which the other set has no
 * record, when that set's data is not complete, goes to `noRecordInA` or `noRecordInB`: it may
 * be in both.
 * @example compareStandings({ standings: [{ state: aus, member: true }], complete: true },
 *   { standings: [], complete: false }) // { noRecordInB: [aus], ... }
 */
export function compareStandings<TState extends Named>(
  a: ComparedSet<TState>,
  b: ComparedSet<TState>,
): StateComparison<TState> {
  const states = new Map<string, TState>();
  const inA = new Set<string>();
  const inB = new Set<string>();
  const undecided = new Set<string>();
  const collect = (set: ComparedSet<TState>, members: Set<string>): Set<string> => {
    const recorded = new Set<string>();
    for (const { state, member } of set.standings) {
      states.set(state.code, state);
      recorded.add(state.code);
      if (member === null) undecided.add(state.code);
      else if (member) members.add(state.code);
    }
    return recorded;
  };
  const recordedA = collect(a, inA);
  const recordedB = collect(b, inB);
  const unrecorded = (set: ComparedSet<TState>, recorded: Set<string>) => (code: string) =>
    !set.complete && !recorded.has(code);
  const noRecordA = unrecorded(a, recordedA);
  const noRecordB = unrecorded(b, recordedB);
  const sorted = (keep: (code: string) => boolean): TState[] =>
    [...states.values()].filter((s) => keep(s.code)).sort(byName);
  const decided = (code: string) => !undecided.has(code);
  return {
    both: sorted((code) => decided(code) && inA.has(code) && inB.has(code)),
    onlyA: sorted((code) => decided(code) && inA.has(code) && !inB.has(code) && !noRecordB(code)),
    onlyB: sorted((code) => decided(code) && !inA.has(code) && inB.has(code) && !noRecordA(code)),
    undetermined: sorted((code) => undecided.has(code)),
    noRecordInA: sorted((code) => decided(code) && inB.has(code) && noRecordA(code)),
    noRecordInB: sorted((code) => decided(code) && inA.has(code) && noRecordB(code)),
  };
}
