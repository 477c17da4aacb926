import type { GraphEdgeData } from './elements';
import type { RelationshipType } from './kinds';
import {
  EDGE_OPACITY,
  EDGE_STYLES,
  ON_MAP_OPACITY,
  WEIGHTED_EDGES,
  type WeightedEdge,
} from './stylesheet';

/** Classes a view gives every edge it draws (see `stylesheet.ts`). */
export type EdgeClass = 'on-map' | 'quiet';

/** How a line looks, as Cytoscape's computed style of an unselected edge would give it. */
export type LineStyle = {
  color: string;
  width: number;
  opacity: number;
  lineStyle: string;
  arrow: string;
};

/** The classes of a view's edges: faded under a map, invisible in a large banded view. */
export function edgeClassesOf(view: { map?: boolean; quiet?: boolean }): EdgeClass[] {
  return [...(view.map ? ['on-map' as const] : []), ...(view.quiet ? ['quiet' as const] : [])];
}

const WEIGHTED: Partial<Record<RelationshipType, WeightedEdge>> = WEIGHTED_EDGES;

/** Cytoscape's `mapData`: linear over the weights, clamped to the widths at either end. */
function widthOf(weight: number, { weights, widths }: WeightedEdge): number {
  const [low, high] = weights;
  const share = Math.min(Math.max((weight - low) / (high - low), 0), 1);
  return widths[0] + share * (widths[1] - widths[0]);
}

/**
 * An edge's look from its data and its view's classes, by the stylesheet's rules, without
 * Cytoscape: a large view's edges are not in Cytoscape, and computing the style of ~100,000
 * edges there took seconds.
 * @example lineStyleOf({ kind: 'SIGNED' }, ['on-map']).opacity // 0.25
 */
export function lineStyleOf(
  data: Pick<GraphEdgeData, 'kind' | 'weight'>,
  classes: readonly EdgeClass[],
): LineStyle {
  const { color, width, lineStyle, arrow } = EDGE_STYLES[data.kind];
  const { weight } = data;
  const weighted = weight === undefined ? undefined : WEIGHTED[data.kind];
  // Later rules win, as in the stylesheet: quiet over on-map over weighted.
  let opacity = weighted?.opacity ?? EDGE_OPACITY;
  if (classes.includes('on-map')) opacity = ON_MAP_OPACITY;
  if (classes.includes('quiet')) opacity = 0;
  return {
    color,
    width: weighted && weight !== undefined ? widthOf(weight, weighted) : width,
    opacity,
    lineStyle,
    arrow,
  };
}
