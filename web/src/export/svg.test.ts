import { describe, expect, it } from 'vitest';
import { wrapLabel, writeSvg, type SvgEdge, type SvgNode } from './svg';

const node = (over: Partial<SvgNode>): SvgNode => ({
  x: 0,
  y: 0,
  width: 20,
  height: 20,
  shape: 'ellipse',
  fill: '#009E73',
  stroke: '#ffffff',
  strokeWidth: 1.5,
  label: '',
  fontSize: 10,
  bold: false,
  opacity: 1,
  ...over,
});
const edge: SvgEdge = {
  x1: 0,
  y1: 0,
  x2: 100,
  y2: 0,
  color: '#374151',
  width: 2,
  lineStyle: 'dashed',
  arrow: 'triangle',
  opacity: 0.85,
};

describe('writeSvg', () => {
  const svg = writeSvg({
    nodes: [
      node({ label: 'Côte d’Ivoire & <Friends>' }),
      node({
        x: 100,
        shape: 'diamond',
        fill: '#ffffff',
        stroke: '#1F2937',
        label: 'UNTOC',
        bold: true,
      }),
    ],
    edges: [edge],
    background: '#ffffff',
  });

  it('draws each node in its shape and colour, with its label escaped', () => {
    expect(svg).toContain('<ellipse cx="0" cy="0" rx="10" ry="10" fill="#009E73"');
    expect(svg).toContain(
      '<polygon points="100,-10 110,0 100,10 90,0" fill="#ffffff" stroke="#1F2937"',
    );
    expect(svg).toContain(
      '<tspan x="0" y="24">Côte d’Ivoire &#38;</tspan><tspan x="0" y="36.5">&#60;Friends&#62;</tspan>',
    );
    expect(svg).toContain('font-weight="bold" opacity="1"><tspan x="100" y="24">UNTOC</tspan>');
  });

  it('draws edges under nodes, dashed, with the arrowhead at the target border', () => {
    expect(svg.indexOf('<line')).toBeLessThan(svg.indexOf('<ellipse'));
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toMatch(/<polygon points="90,0 /);
  });

  it('draws tee, circle and square arrowheads as the canvas does, and none when there is none', () => {
    const one = (arrow: string) =>
      writeSvg({ nodes: [node({ x: 100 })], edges: [{ ...edge, arrow }], background: '#fff' });
    expect(one('tee')).toContain('<line x1="90" y1="4" x2="90" y2="-4"');
    expect(one('circle')).toContain('<circle cx="86" cy="0" r="4"');
    expect(one('square')).toContain(
      '<rect x="82" y="-4" width="8" height="8" transform="rotate(0 86 0)"',
    );
    expect(one('none')).not.toMatch(/<polygon|<circle/);
  });

  it('fits the view box around the drawing and its labels', () => {
    const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1]?.split(' ').map(Number);
    // The first label's wider line, 15 characters at 10 px, is 84 px wide; it has two lines.
    expect(viewBox).toEqual([-66, -34, 204, 97]);
  });

  it('wraps long labels at the canvas width, as lines of whole words', () => {
    expect(wrapLabel('Human Trafficking is Organized Crime. It’s Time…', 12)).toEqual([
      'Human Trafficking is',
      'Organized Crime.',
      'It’s Time…',
    ]);
    expect(wrapLabel('Laos', 10)).toEqual(['Laos']);
    expect(wrapLabel('', 10)).toEqual([]);
  });

  it('draws a map under the graph when given one', () => {
    const map = { land: 'M0,0L40,0L40,-40Z', graticule: 'M-720,0H720' };
    const withMap = writeSvg({ nodes: [node({})], edges: [], background: '#fff', map });
    expect(withMap.indexOf('<g class="map"')).toBeLessThan(withMap.indexOf('<g class="nodes"'));
    expect(withMap).toContain('<path d="M0,0L40,0L40,-40Z" fill="#e6ebf0"');
  });

  it('is a well-formed document even when empty', () => {
    const empty = writeSvg({ nodes: [], edges: [], background: '#fff' });
    expect(empty).toMatch(/^<\?xml[^>]*>\n<svg [^>]*>[\s\S]*<\/svg>$/);
  });
});
