import { stateRows } from '@treatygraph/import';

/** A regional bloc of states: the states of one UN M49 subregion. */
export type Bloc = { name: string; codes: string[] };

/**
 * The ~200 states that sign things (UN members and the two observer states), grouped into
 * blocs by UN M49 subregion, blocs and codes in a stable order.
 */
export function regionalBlocs(): Bloc[] {
  const bySubregion = new Map<string, string[]>();
  for (const state of stateRows()) {
    if (state.unMember === 'none' || !state.subregion) continue;
    const codes = bySubregion.get(state.subregion) ?? [];
    codes.push(state.code);
    bySubregion.set(state.subregion, codes);
  }
  return [...bySubregion.entries()]
    .map(([name, codes]) => ({ name, codes: codes.sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
