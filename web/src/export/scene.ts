import type { Core, EdgeSingular } from 'cytoscape';
import type { SvgEdge, SvgScene } from './svg';

const number = (value: unknown, fallback: number): number => {
  const parsed = Number.parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : fallback;
};

/** An edge from centre to centre with its computed style, as the SVG and the edge canvas draw it. */
export function edgeOf(edge: EdgeSingular): SvgEdge {
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

/** What the canvas shows, read from Cytoscape's computed styles, for {@link writeSvg}. */
export function sceneOf(cy: Core): SvgScene {
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
  const edges = cy.edges().map(edgeOf);
  return { nodes, edges, background: '#ffffff' };
}
