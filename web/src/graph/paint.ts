import type { GraphElements, GraphNodeData } from './elements';
import { REGION_COLORS, REGION_KEYS } from './regions';

/** One row of the colour key: what a colour means and how many nodes have it. */
export type ColorEntry = { label: string; color: string; count: number; hollow?: boolean };
export type ColorKey = { title: string; entries: ColorEntry[] };

/**
 * A node's colour and what it means; undefined keeps the kind's own fill. `hollow` draws the
 * colour as a dashed ring around a white node, for what the data does not know.
 */
export type Colouring = (
  node: GraphNodeData,
) => { color: string; label: string; hollow?: boolean } | undefined;

/** A colour scheme: its legend title, the colouring, and the legend order of its labels. */
export type Scheme = { title: string; colouring: Colouring; order?: readonly string[] };

/**
 * Colours the nodes and returns the key to the colours, in the scheme's `order` (by count for
 * labels it does not list), listing only colours that are used.
 * @example paint(elements, { title: 'States by UN region', colouring: byRegion, order: REGION_ORDER })
 */
export function paint(
  elements: GraphElements,
  { title, colouring, order = [] }: Scheme,
): { elements: GraphElements; key: ColorKey } {
  const counts = new Map<string, ColorEntry>();
  const nodes = elements.nodes.map(({ data }) => {
    const paint = colouring(data);
    if (!paint) return { data };
    const entry = counts.get(paint.label) ?? { ...paint, count: 0 };
    entry.count += 1;
    counts.set(paint.label, entry);
    const hollow = paint.hollow ? { hollow: true } : {};
    return { data: { ...data, color: paint.color, colorLabel: paint.label, ...hollow } };
  });
  const rank = (label: string): number => {
    const i = order.indexOf(label);
    return i === -1 ? order.length : i;
  };
  const entries = [...counts.values()].sort(
    (a, b) => rank(a.label) - rank(b.label) || b.count - a.count || a.label.localeCompare(b.label),
  );
  return { elements: { nodes, edges: elements.edges }, key: { title, entries } };
}

/** States by UN region; states with none recorded are "Not recorded". */
export const byRegion: Colouring = (node) => {
  if (node.kind !== 'State') return undefined;
  const region = node.region ?? 'Unknown';
  return {
    color: REGION_COLORS[region],
    label: region === 'Unknown' ? 'Not recorded' : region,
  };
};

export const REGION_ORDER: readonly string[] = REGION_KEYS.map((r) =>
  r === 'Unknown' ? 'Not recorded' : r,
);
