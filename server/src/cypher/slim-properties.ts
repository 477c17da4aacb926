/**
 * List properties that list reads leave out: a State carries ~100 translated aliases, which
 * views, networks and lists rarely show and which, shipped once per row, exceeded Neo4j's
 * transaction memory. Fields that need them load them per key (see `aliasesQuery`).
 */
export const BULKY_PROPERTIES = ['aliases'];

/** Cypher for a node's properties as `[key, value]` pairs, the bulky ones left out (`$bulky`). */
export const slimProperties = (n: string) =>
  `[k IN keys(${n}) WHERE NOT k IN $bulky | [k, ${n}[k]]]`;

/** A record from the `[key, value]` pairs `slimProperties` returns. */
export function fromPairs<T>(pairs: readonly (readonly [string, unknown])[]): T {
  return Object.fromEntries(pairs) as T;
}
