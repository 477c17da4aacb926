import { MAP_STYLE, type MapPaths } from '../graph/map-style';
import { frameLayout, frameWidth, type ExportFrame, type FrameBand } from './frame';

/** A node as drawn: model position (its centre), size and computed style. */
export type SvgNode = {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  label: string;
  fontSize: number;
  bold: boolean;
  opacity: number;
};

/** An edge as drawn: from centre to centre, with its computed style. */
export type SvgEdge = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  lineStyle: string;
  /** Cytoscape's target arrow shape: none, tee, circle, square, or (drawn as a triangle) any other. */
  arrow: string;
  opacity: number;
};

export type SvgScene = {
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  background: string;
  /** SVG path data drawn under everything, in the nodes' coordinates: land, a graticule. */
  map?: MapPaths;
  /** Title, details, legend and attribution around the drawing. */
  frame?: ExportFrame;
};

const PADDING = 24;
const LABEL_GAP = 4;
/** The canvas wraps labels at 140 px (`text-max-width`); so does the SVG. */
const LABEL_MAX_WIDTH = 140;
/** Average glyph width of the UI font, in ems: enough to wrap and to size the view box. */
const GLYPH_EM = 0.56;
const LINE_EM = 1.25;

/**
 * Splits a label into lines no wider than the canvas's, at spaces (a longer word keeps its line).
 * @example wrapLabel('Human Trafficking is Organized Crime', 12) // ['Human Trafficking is', 'Organized Crime']
 */
export function wrapLabel(label: string, fontSize: number): string[] {
  const perLine = Math.max(1, Math.floor(LABEL_MAX_WIDTH / (fontSize * GLYPH_EM)));
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

const escape = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (value: number): string => String(Math.round(value * 100) / 100);

function polygon(node: SvgNode, points: [number, number][]): string {
  const list = points.map(
    ([px, py]) => `${n(node.x + (px * node.width) / 2)},${n(node.y + (py * node.height) / 2)}`,
  );
  return `<polygon points="${list.join(' ')}"`;
}

function shapeOf(node: SvgNode): string {
  const { x, y, width: w, height: h } = node;
  switch (node.shape) {
    case 'round-rectangle':
    case 'roundrectangle':
      return `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(Math.min(w, h) / 4)}"`;
    case 'rectangle':
      return `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}"`;
    case 'diamond':
      return polygon(node, [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'hexagon':
      return polygon(node, [
        [-0.5, -1],
        [0.5, -1],
        [1, 0],
        [0.5, 1],
        [-0.5, 1],
        [-1, 0],
      ]);
    default:
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(h / 2)}"`;
  }
}

const DASHES: Record<string, string> = {
  dashed: ' stroke-dasharray="6 4"',
  dotted: ' stroke-dasharray="1 4"',
};

function edgeOf(edge: SvgEdge, radius: (x: number, y: number) => number): string {
  const { x1, y1, x2, y2 } = edge;
  const line = `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${escape(edge.color)}" stroke-width="${n(edge.width)}" stroke-linecap="round" opacity="${n(edge.opacity)}"${DASHES[edge.lineStyle] ?? ''}/>`;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (edge.arrow === 'none' || length === 0) return line;
  // The arrowhead touches the target's border, not its centre.
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const tipX = x2 - ux * radius(x2, y2);
  const tipY = y2 - uy * radius(x2, y2);
  const size = 4 + edge.width * 2;
  const paint = `fill="${escape(edge.color)}" opacity="${n(edge.opacity)}"`;
  if (edge.arrow === 'circle') {
    return `${line}<circle cx="${n(tipX - (ux * size) / 2)}" cy="${n(tipY - (uy * size) / 2)}" r="${n(size / 2)}" ${paint}/>`;
  }
  if (edge.arrow === 'square') {
    const [cx, cy] = [tipX - (ux * size) / 2, tipY - (uy * size) / 2];
    const angle = (Math.atan2(uy, ux) * 180) / Math.PI;
    return `${line}<rect x="${n(cx - size / 2)}" y="${n(cy - size / 2)}" width="${n(size)}" height="${n(size)}" transform="rotate(${n(angle)} ${n(cx)} ${n(cy)})" ${paint}/>`;
  }
  if (edge.arrow === 'tee') {
    const [ax, ay, bx, by] = [
      tipX - (uy * size) / 2,
      tipY + (ux * size) / 2,
      tipX + (uy * size) / 2,
      tipY - (ux * size) / 2,
    ];
    return `${line}<line x1="${n(ax)}" y1="${n(ay)}" x2="${n(bx)}" y2="${n(by)}" stroke="${escape(edge.color)}" stroke-width="${n(edge.width + 1)}" opacity="${n(edge.opacity)}"/>`;
  }
  const baseX = tipX - ux * size;
  const baseY = tipY - uy * size;
  const head = [
    [tipX, tipY],
    [baseX - (uy * size) / 2, baseY + (ux * size) / 2],
    [baseX + (uy * size) / 2, baseY - (ux * size) / 2],
  ]
    .map(([px, py]) => `${n(px ?? 0)},${n(py ?? 0)}`)
    .join(' ');
  return `${line}<polygon points="${head}" ${paint}/>`;
}

/**
 * Serialises a drawn graph to a standalone SVG document: edges under nodes, each label under its
 * node, the view box fitted to the drawing. Positions, sizes and colours are Cytoscape's own, so
 * the SVG looks like the canvas.
 * @example writeSvg({ nodes, edges, background: '#ffffff' })
 */
export function writeSvg(scene: SvgScene): string {
  const { nodes, edges } = scene;
  const labelled = nodes.map((node) => ({ node, lines: wrapLabel(node.label, node.fontSize) }));
  const boxes = labelled.map(({ node, lines }) => {
    const text = Math.max(0, ...lines.map((line) => line.length)) * node.fontSize * GLYPH_EM;
    const half = Math.max(node.width, text) / 2;
    const below = lines.length > 0 ? LABEL_GAP + lines.length * node.fontSize * LINE_EM : 0;
    return {
      x1: node.x - half,
      x2: node.x + half,
      y1: node.y - node.height / 2,
      y2: node.y + node.height / 2 + below,
    };
  });
  const extent = (pick: (box: (typeof boxes)[number]) => number, fn: typeof Math.min): number =>
    boxes.length ? fn(...boxes.map(pick)) : 0;
  const left = extent((b) => b.x1, Math.min) - PADDING;
  const top = extent((b) => b.y1, Math.min) - PADDING;
  const width = extent((b) => b.x2, Math.max) - left + PADDING;
  const height = extent((b) => b.y2, Math.max) - top + PADDING;
  const radiusAt = new Map(
    nodes.map((node) => [`${n(node.x)},${n(node.y)}`, Math.min(node.width, node.height) / 2]),
  );
  const radius = (x: number, y: number): number => radiusAt.get(`${n(x)},${n(y)}`) ?? 0;

  const viewBox = `${n(left)} ${n(top)} ${n(width)} ${n(height)}`;
  const drawing = [
    `<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="${escape(scene.background)}"/>`,
    ...(scene.map
      ? [
          `<g class="map" fill="none" stroke-width="${MAP_STYLE.lineWidth}"><path d="${scene.map.graticule}" stroke="${MAP_STYLE.graticule}"/><path d="${scene.map.land}" fill="${MAP_STYLE.land}" stroke="${MAP_STYLE.coast}"/></g>`,
        ]
      : []),
    '<g class="edges">',
    ...edges.map((edge) => edgeOf(edge, radius)),
    '</g>',
    '<g class="nodes">',
    ...nodes.map(
      (node) =>
        `${shapeOf(node)} fill="${escape(node.fill)}" stroke="${escape(node.stroke)}" stroke-width="${n(node.strokeWidth)}" opacity="${n(node.opacity)}"/>`,
    ),
    '</g>',
    '<g class="labels" text-anchor="middle" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">',
    ...labelled
      .filter(({ lines }) => lines.length > 0)
      .map(({ node, lines }) => {
        const first = node.y + node.height / 2 + LABEL_GAP + node.fontSize;
        const spans = lines
          .map(
            (line, i) =>
              `<tspan x="${n(node.x)}" y="${n(first + i * node.fontSize * LINE_EM)}">${escape(line)}</tspan>`,
          )
          .join('');
        return `<text font-size="${n(node.fontSize)}"${node.bold ? ' font-weight="bold"' : ''} opacity="${n(node.opacity)}">${spans}</text>`;
      }),
    '</g>',
  ];
  const font = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"`;
  const open = (box: string, w: number, h: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" width="${n(w)}" height="${n(h)}" ${font}>`;
  if (!scene.frame) {
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      open(viewBox, width, height),
      ...drawing,
      '</svg>',
    ].join('\n');
  }
  const outer = Math.max(width, frameWidth(scene.frame));
  const { header, footer } = frameLayout(scene.frame, outer);
  const total = header.height + height + footer.height;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    open(`0 0 ${n(outer)} ${n(total)}`, outer, total),
    `<rect width="${n(outer)}" height="${n(total)}" fill="${escape(scene.background)}"/>`,
    band('header', header, 0),
    `<svg x="${n((outer - width) / 2)}" y="${n(header.height)}" width="${n(width)}" height="${n(height)}" viewBox="${viewBox}">`,
    ...drawing,
    '</svg>',
    band('footer', footer, header.height + height),
    '</svg>',
  ].join('\n');
}

/** A band of the frame as an SVG group at `top`. */
function band(name: string, { texts, swatches }: FrameBand, top: number): string {
  return [
    `<g class="frame-${name}" transform="translate(0 ${n(top)})" fill="#111827">`,
    ...swatches.map(
      (s) =>
        `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.size)}" height="${n(s.size)}" rx="${n(s.size / 2)}" ${
          s.hollow
            ? `fill="#FFFFFF" stroke="${escape(s.color)}" stroke-width="1.5" stroke-dasharray="2 2"`
            : `fill="${escape(s.color)}"`
        }/>`,
    ),
    ...texts.map(
      (t) =>
        `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(t.size)}"${t.bold ? ' font-weight="bold"' : ''}>${escape(t.text)}</text>`,
    ),
    '</g>',
  ].join('\n');
}
