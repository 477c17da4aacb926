import type { EdgeSingular } from 'cytoscape';
import { nodePositions, type Drawing } from '../graph/drawing';
import { lineStyleOf } from '../graph/line-style';
import type { SvgEdge, SvgScene } from './svg';

const number = (value: unknown, fallback: number): number => {
  const parsed = Number.parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : fallback;
};

/** An edge from centre to centre with its computed style, as the SVG and the edge canvas draw it. */
function edgeOf(edge: EdgeSingular): SvgEdge {
  const source = edge.source().position();
  const target = edge.target().position();
  return {
    x1: source.x,
    y1: source.y,
    x2: target.x,
    y2: target.y,
    color: String(edge.style('line-color')),
    width: number(edge.style('width'), 1),
    lineStyle: String(edge.style('line-style')),
    arrow: String(edge.style('target-arrow-shape')),
    opacity: number(edge.style('opacity'), 1),
  };
}

/**
 * What the canvas shows, for {@link writeSvg}: Cytoscape's nodes and edges with their computed
 * styles, and the view's edges Cytoscape does not hold (a large view's) styled by the
 * stylesheet's rules, every edge in the view's order.
 */
export function sceneOf(drawing: Drawing): SvgScene {
  const { cy } = drawing;
  const nodes = cy.nodes().map((node) => {
    const { x, y } = node.position();
    return {
      x,
      y,
      width: node.width(),
      height: node.height(),
      shape: String(node.style('shape')),
      fill: String(node.style('background-color')),
      stroke: String(node.style('border-color')),
      strokeWidth: number(node.style('border-width'), 0),
      label: String(node.style('label') ?? ''),
      fontSize: number(node.style('font-size'), 10),
      bold: String(node.style('font-weight')) === 'bold',
      opacity: number(node.style('opacity'), 1),
    };
  });
  const positions = nodePositions(cy);
  const edges = drawing.edges.flatMap(({ data }): SvgEdge[] => {
    const drawn = cy.getElementById(data.id);
    if (drawn.nonempty()) return [edgeOf(drawn as EdgeSingular)];
    const source = positions.get(data.source);
    const target = positions.get(data.target);
    if (!source || !target) return [];
    const [x1, y1, x2, y2] = [source.x, source.y, target.x, target.y];
    return [{ x1, y1, x2, y2, ...lineStyleOf(data, drawing.edgeClasses) }];
  });
  return { nodes, edges, background: '#ffffff' };
}
