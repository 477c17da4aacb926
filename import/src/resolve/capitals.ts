import countries from 'world-countries';

let capitals: Map<string, string> | undefined;

/**
 * Each independent state's capital by its English name, lower-cased ("washington d.c." also
 * as "washington"), kept only where no other state has a capital so named.
 */
export function capitalStates(): Map<string, string> {
  if (capitals) return capitals;
  const owners = new Map<string, Set<string>>();
  for (const country of countries.filter((c) => c.independent)) {
    for (const capital of country.capital) {
      // "Washington D.C." is also "Washington": a dotted abbreviation after the name may go.
      const short = capital.replace(/,?\s+(?:\p{Lu}\.){2,}$/u, '');
      const names = [capital, short].map((n) => n.toLowerCase());
      for (const name of new Set(names)) {
        owners.set(name, (owners.get(name) ?? new Set()).add(country.cca3));
      }
    }
  }
  capitals = new Map(
    [...owners].flatMap(([name, codes]) => (codes.size === 1 ? [[name, [...codes][0] ?? '']] : [])),
  );
  return capitals;
}

/**
 * The independent state whose capital `name` is, in any case, or undefined.
 * @example stateOfCapital('NEW DELHI') // 'IND'
 */
export function stateOfCapital(name: string): string | undefined {
  return capitalStates().get(name.trim().toLowerCase());
}
