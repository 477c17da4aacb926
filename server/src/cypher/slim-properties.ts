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

/**
 * The properties of each kind a request needs, or null for all but the bulky ones. A query
 * that projects reads and ships only these (a State's seven properties where it needs three:
 * half the Neo4j time and a fifth of the bytes of a declaration's signatories).
 */
export type Projection = readonly string[] | null;

const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Cypher for a node's properties: with `properties`, a map of those (absent ones null); else
 * `[key, value]` pairs of all but the bulky ones, as `slimProperties`. Read either with
 * `nodeRecord`.
 */
export function nodeProperties(n: string, properties: Projection | undefined): string {
  if (!properties) return slimProperties(n);
  for (const name of properties) {
    if (!PROPERTY_NAME.test(name)) throw new Error(`"${name}" is not a property name`);
  }
  return `${n} {${properties.map((name) => `.${name}`).join(', ')}}`;
}

/** A record from what `nodeProperties` returns: pairs, or a map whose nulls were absent. */
export function nodeRecord<T>(value: readonly (readonly [string, unknown])[] | object): T {
  if (Array.isArray(value)) return fromPairs<T>(value as readonly (readonly [string, unknown])[]);
  const record: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== null) record[key] = v;
  return record as T;
}
