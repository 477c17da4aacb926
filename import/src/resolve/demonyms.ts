import countries from 'world-countries';

let byAdjective: Map<string, string> | undefined;

/**
 * The independent state an English adjective of nationality stands for ("Russian", "Chinese",
 * "South Korean"), or undefined when it is unknown or names two states ("Congolese").
 */
export function stateOfAdjective(adjective: string): string | undefined {
  if (!byAdjective) {
    const codes = new Map<string, Set<string>>();
    for (const country of countries.filter((c) => c.independent)) {
      const english = country.demonyms.eng;
      for (const word of new Set(english ? [english.m, english.f] : [])) {
        codes.set(word, (codes.get(word) ?? new Set()).add(country.cca3));
      }
    }
    byAdjective = new Map(
      [...codes].flatMap(([word, set]) => (set.size === 1 ? [[word, [...set][0] ?? '']] : [])),
    );
  }
  return byAdjective.get(adjective);
}
