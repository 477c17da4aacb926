import type { NodeLabel } from '@treatygraph/schema';

export type SortKey = { property: string; descending?: boolean };

/**
 * How every list and page of each node kind is ordered. The last key is the node's unique key,
 * so the order is total and keyset cursors are stable.
 */
export const sortKeys: Record<NodeLabel, SortKey[]> = {
  State: [{ property: 'name' }, { property: 'code' }],
  Declaration: [{ property: 'adoptedOn', descending: true }, { property: 'id' }],
  Instrument: [{ property: 'name' }, { property: 'id' }],
  Organization: [{ property: 'name' }, { property: 'id' }],
  Group: [{ property: 'name' }, { property: 'id' }],
  Source: [{ property: 'publishedOn', descending: true }, { property: 'id' }],
  RollCall: [{ property: 'date', descending: true }, { property: 'id' }],
};

// Missing values sort as '' so they come last in descending order (undated declarations
// after dated ones) and compare as plain strings in keyset conditions.
const sortExpression = (variable: string, key: SortKey) =>
  `coalesce(${variable}.${key.property}, '')`;

/** `ORDER BY` terms for `variable`, a node of `label`. */
export function orderBy(label: NodeLabel, variable: string): string {
  return sortKeys[label]
    .map((key) => `${sortExpression(variable, key)}${key.descending ? ' DESC' : ''}`)
    .join(', ');
}

/** The sort-key values of a record, as its cursor carries them. */
export function sortValues(label: NodeLabel, record: Record<string, unknown>): string[] {
  return sortKeys[label].map((key) => {
    const value = record[key.property];
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * Keyset condition "comes after these sort values" for `variable`: lexicographic over the sort
 * keys, each compared in its own direction. Values travel as `$after0`, `$after1`, ….
 */
export function afterCondition(label: NodeLabel, variable: string, values: readonly string[]) {
  const keys = sortKeys[label];
  const term = (i: number) => {
    const key = keys[i];
    if (!key) throw new Error(`no sort key ${i} for ${label}`);
    return sortExpression(variable, key);
  };
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((_, j) => `${term(j)} = $after${j}`);
    const beyond = `${term(i)} ${key.descending ? '<' : '>'} $after${i}`;
    return [...equal, beyond].join(' AND ');
  });
  return {
    text: `(${alternatives.map((a) => `(${a})`).join(' OR ')})`,
    params: Object.fromEntries(values.map((value, i) => [`after${i}`, value])),
  };
}
