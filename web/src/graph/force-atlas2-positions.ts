import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Positions } from './positions';

/** What the layout reads of a view; the benchmark's bare page passes its own elements through it. */
type LayoutElements = {
  nodes: readonly { data: { id: string } }[];
  edges: readonly { data: { source: string; target: string; weight?: number } }[];
};

/** Iterations: enough for a few thousand nodes to settle (see the stack notes). */
const ITERATIONS = 300;

/**
 * Barnes-Hut's accuracy: Gephi's default 1.2 rather than graphology's 0.5, which at 5,000 nodes
 * took twice as long for a picture the eye cannot tell apart. The benchmark's bare page passes
 * 0.5, the library's default, as a page written without tuning would.
 */
export const BARNES_HUT_THETA = 1.2;

/**
 * ForceAtlas2 positions (Barnes-Hut, weighted by `weight` when edges have one), seeded on a
 * circle so the same elements always give the same picture. Runs in a Web Worker for large views.
 * @example forceAtlas2Positions(elements).LAO
 */
export function forceAtlas2Positions(
  elements: LayoutElements,
  barnesHutTheta = BARNES_HUT_THETA,
): Positions {
  const graph = new Graph({ type: 'undirected', multi: false });
  const n = elements.nodes.length;
  elements.nodes.forEach(({ data }, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    graph.addNode(data.id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  for (const { data } of elements.edges) {
    if (data.source === data.target || graph.hasEdge(data.source, data.target)) continue;
    graph.addEdge(data.source, data.target, { weight: data.weight ?? 1 });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: n > 200,
    barnesHutTheta,
    adjustSizes: false,
  };
  const raw = forceAtlas2(graph, { iterations: ITERATIONS, settings, getEdgeWeight: 'weight' });
  // FA2's units are arbitrary and its spread grows with the graph: scale the drawing to about
  // 70 px a node along each side (nodes are ~20 px wide), so fitting it never hits the min zoom.
  const points = Object.values(raw);
  const span = (axis: 'x' | 'y') =>
    Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis]));
  const largest = Math.max(span('x'), span('y'), Number.EPSILON);
  const scale = (Math.max(Math.sqrt(n), 1) * 70) / largest;
  const positions: Positions = {};
  for (const [id, { x, y }] of Object.entries(raw)) positions[id] = { x: x * scale, y: y * scale };
  return positions;
}
