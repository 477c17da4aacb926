import type { GraphElements } from './elements';
import { EXPAND_LIMIT } from './expand-neighbours';
import type { Positions } from './positions';

/** Distance of added nodes from the node they join, and of each further ring. */
const RING = 90;
const PER_RING = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for `elements` that keep every node already drawn where it is, when they only add
 * nodes to (or restyle) the drawn ones: each new node goes on a ring around the drawn nodes it
 * is joined to (around the drawing's centre when it joins none). Null when a drawn node is gone
 * or more nodes come than one expansion adds (a new year, more declarations): then the view has
 * changed and is laid out afresh.
 * @example incrementalPositions(cyPositions, expandedElements)
 */
export function incrementalPositions(drawn: Positions, elements: GraphElements): Positions | null {
  const ids = new Set(elements.nodes.map(({ data }) => data.id));
  const previous = Object.keys(drawn);
  if (previous.length === 0 || previous.some((id) => !ids.has(id))) return null;
  if (ids.size - previous.length > EXPAND_LIMIT + 1) return null;
  const positions: Positions = { ...drawn };
  const points = Object.values(drawn);
  const centre = {
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  };
  const neighbours = new Map<string, string[]>();
  for (const { data } of elements.edges) {
    neighbours.set(data.source, [...(neighbours.get(data.source) ?? []), data.target]);
    neighbours.set(data.target, [...(neighbours.get(data.target) ?? []), data.source]);
  }
  const placedAround = new Map<string, number>();
  for (const { data } of elements.nodes) {
    if (positions[data.id]) continue;
    const anchor = (neighbours.get(data.id) ?? []).find((id) => drawn[id]);
    const at = anchor ? drawn[anchor] : undefined;
    const key = anchor ?? '';
    const k = placedAround.get(key) ?? 0;
    placedAround.set(key, k + 1);
    const radius = RING * (1 + Math.floor(k / PER_RING)) * (at ? 1 : 3);
    const origin = at ?? centre;
    positions[data.id] = {
      x: origin.x + radius * Math.cos(k * GOLDEN_ANGLE),
      y: origin.y + radius * Math.sin(k * GOLDEN_ANGLE),
    };
  }
  return positions;
}
