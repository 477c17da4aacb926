import type { Core } from 'cytoscape';
import type { GraphEdge } from './edge-index';
import type { EdgeClass } from './line-style';

/**
 * A view as drawn. Cytoscape holds its nodes, and a small view's edges, but of a large view's
 * edges only the selection's (adding ~100,000 edges, even hidden, took it most of a minute):
 * `edges` is every edge of the view, which whatever reads the whole view reads instead of
 * `cy.edges()`.
 */
export type Drawing = {
  cy: Core;
  edges: readonly GraphEdge[];
  /** The classes the view gives its edges. */
  edgeClasses: readonly EdgeClass[];
};

export type Point = { x: number; y: number };

/** Where each node is drawn, by id, read once rather than per edge end. */
export function nodePositions(cy: Core): Map<string, Point> {
  const positions = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    positions.set(node.id(), node.position());
  });
  return positions;
}

/** The view's edges Cytoscape does not draw: not added to it (a large view's) or hidden. */
export function edgesBeneath(drawing: Drawing): GraphEdge[] {
  const { cy } = drawing;
  return drawing.edges.filter(({ data }) => {
    const edge = cy.getElementById(data.id);
    return edge.empty() || edge.style('display') === 'none';
  });
}
