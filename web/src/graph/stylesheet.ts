import type { Css, StylesheetJson } from 'cytoscape';
import type { NodeKind, RelationshipType } from './kinds';
import { REGION_COLORS } from './regions';

/** How one kind of node looks. Shapes, not colours, tell kinds apart; colour means region. */
export type NodeStyle = {
  legend: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
  size: number;
  fill: string;
  border: string;
  borderWidth: number;
  fontSize: number;
  fontWeight: 'normal' | 'bold';
};

/** How one relationship looks. Line style, width and arrow differ, so they read without colour. */
export type EdgeStyle = {
  legend: string;
  description: string;
  color: string;
  width: number;
  /** Cytoscape's edges draw no 'double' line, whatever its typings say. */
  lineStyle: Exclude<Css.LineStyle, 'double'>;
  arrow: Css.ArrowShape;
};

/** Exhaustive: a node kind without a style is a type error. */
export const NODE_STYLES: Record<NodeKind, NodeStyle> = {
  Declaration: {
    legend: 'Declaration',
    shape: 'round-rectangle',
    size: 46,
    fill: '#1F2937',
    border: '#FFFFFF',
    borderWidth: 2,
    fontSize: 12,
    fontWeight: 'bold',
  },
  State: {
    legend: 'State',
    shape: 'ellipse',
    size: 22,
    fill: REGION_COLORS.Unknown,
    border: '#FFFFFF',
    borderWidth: 1.5,
    fontSize: 10,
    fontWeight: 'normal',
  },
  Instrument: {
    legend: 'Instrument',
    shape: 'diamond',
    size: 36,
    fill: '#FFFFFF',
    border: '#1F2937',
    borderWidth: 3,
    fontSize: 10,
    fontWeight: 'bold',
  },
  Organization: {
    legend: 'Organization',
    shape: 'hexagon',
    size: 32,
    fill: '#E5E7EB',
    border: '#4B5563',
    borderWidth: 2,
    fontSize: 10,
    fontWeight: 'bold',
  },
};

/** Exhaustive: a relationship type without a style is a type error. */
export const EDGE_STYLES: Record<RelationshipType, EdgeStyle> = {
  SIGNED: {
    legend: 'signed',
    description: 'state → declaration',
    color: '#9CA3AF',
    width: 1.5,
    lineStyle: 'solid',
    arrow: 'none',
  },
  ORGANIZATION_SIGNED: {
    legend: 'signed (non-state)',
    description: 'organization → declaration, such as the European Union',
    color: '#6B7280',
    width: 2,
    lineStyle: 'dashed',
    arrow: 'square',
  },
  REFERENCES: {
    legend: 'references',
    description: 'declaration → instrument',
    color: '#374151',
    width: 2,
    lineStyle: 'dashed',
    arrow: 'triangle',
  },
  SUPPORTS: {
    legend: 'supports',
    description: 'declaration → organization',
    color: '#374151',
    width: 2.5,
    lineStyle: 'dotted',
    arrow: 'circle',
  },
  SUPPLEMENTS: {
    legend: 'supplements',
    description: 'protocol → convention',
    color: '#111827',
    width: 4,
    lineStyle: 'solid',
    arrow: 'triangle-backcurve',
  },
  PARTY_TO: {
    legend: 'party to',
    description: 'state → instrument, on the chosen date',
    color: '#7C8DA6',
    width: 1.5,
    lineStyle: 'solid',
    arrow: 'tee',
  },
  CO_SIGNED: {
    legend: 'signed together',
    description: 'state – state, thicker for more shared declarations',
    color: '#6B7280',
    width: 2,
    lineStyle: 'solid',
    arrow: 'none',
  },
  VOTED_WITH: {
    legend: 'vote alike',
    description: 'state – state in UN General Assembly roll calls, thicker for closer agreement',
    color: '#6B7280',
    width: 1,
    lineStyle: 'solid',
    arrow: 'none',
  },
};

/** Co-signature edges this heavy or heavier are drawn at full width. */
const HEAVY_WEIGHT = 10;

/** An edge's opacity unless a rule below changes it. */
export const EDGE_OPACITY = 0.85;

/** Lines under a map fade, so the land and the states stay readable. */
export const ON_MAP_OPACITY = 0.25;

/** How a weighted view's lines look: width grows with weight over `weights`, clamped. */
export type WeightedEdge = {
  weights: readonly [number, number];
  widths: readonly [number, number];
  opacity: number;
};

export const WEIGHTED_EDGES = {
  CO_SIGNED: {
    weights: [1, HEAVY_WEIGHT],
    widths: [EDGE_STYLES.CO_SIGNED.width, 9],
    opacity: 0.55,
  },
  // Agreement runs from the view's threshold to 1: the closest ties are the thickest.
  VOTED_WITH: { weights: [0.8, 1], widths: [EDGE_STYLES.VOTED_WITH.width, 6], opacity: 0.45 },
} as const satisfies Partial<Record<RelationshipType, WeightedEdge>>;

const weightedBlock = (kind: keyof typeof WEIGHTED_EDGES) => {
  const { weights, widths, opacity } = WEIGHTED_EDGES[kind];
  return {
    selector: `edge[kind = "${kind}"][weight]`,
    style: {
      width: `mapData(weight, ${weights[0]}, ${weights[1]}, ${widths[0]}, ${widths[1]})`,
      'curve-style': 'haystack' as const,
      opacity,
    },
  };
};

const SELECTED = '#0072B2';
/** Black: it stays distinct from every fill of the Okabe-Ito palettes. */
export const RING = '#000000';

/**
 * The Cytoscape stylesheet, derived from {@link NODE_STYLES}, {@link EDGE_STYLES} and the region
 * colours: one block per node kind, per region and per relationship type, then state classes.
 */
export function createStylesheet(options: { large?: boolean } = {}): StylesheetJson {
  const nodeBlocks = Object.entries(NODE_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      shape: s.shape,
      width: s.size,
      height: s.size,
      'background-color': s.fill,
      'border-color': s.border,
      'border-width': s.borderWidth,
      'font-size': s.fontSize,
      'font-weight': s.fontWeight,
    },
  }));
  // Views paint nodes (by region, coalition, status or group) through `data.color`.
  const colorBlock = { selector: 'node[color]', style: { 'background-color': 'data(color)' } };
  const edgeBlocks = Object.entries(EDGE_STYLES).map(([rel, s]) => ({
    selector: `edge[kind = "${rel}"]`,
    style: {
      'line-color': s.color,
      'target-arrow-color': s.color,
      width: s.width,
      'line-style': s.lineStyle,
      'target-arrow-shape': s.arrow,
    },
  }));

  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: '#111827',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: EDGE_OPACITY },
    },
    // Thousands of curved, arrowed edges and outlined labels take seconds to draw: a large view
    // draws straight lines and shows labels only once zoomed in enough to read them. Its lines
    // are drawn beneath, a chunk per task (`edge-layer.ts`); Cytoscape holds only the
    // selection's and draws them while highlighted, so they can be hovered and clicked.
    ...(options.large
      ? [
          {
            selector: 'edge',
            style: { 'curve-style': 'haystack' as const, display: 'none' as const },
          },
          { selector: 'edge.highlighted', style: { display: 'element' as const } },
          { selector: 'node', style: { 'min-zoomed-font-size': 10, 'text-outline-width': 0 } },
        ]
      : []),
    ...nodeBlocks,
    colorBlock,
    {
      selector: 'node[?hollow]',
      style: {
        'background-color': '#FFFFFF',
        'border-color': 'data(color)',
        'border-style': 'dashed' as const,
        'border-width': 3,
      },
    },
    {
      selector: 'node[scale]',
      style: {
        width: `mapData(scale, 1, 3, ${NODE_STYLES.State.size}, ${NODE_STYLES.State.size * 3})`,
        height: `mapData(scale, 1, 3, ${NODE_STYLES.State.size}, ${NODE_STYLES.State.size * 3})`,
      },
    },
    ...edgeBlocks,
    weightedBlock('CO_SIGNED'),
    weightedBlock('VOTED_WITH'),
    {
      // Votes: the signatories of the overlaid declaration, ringed, named in bold.
      selector: 'node[?ringed]',
      style: { 'border-color': RING, 'border-width': 4, 'font-weight': 'bold' },
    },
    {
      selector: 'node:selected',
      style: {
        // An outline follows the node's shape, and keeps its own border (region colour) visible.
        'outline-color': SELECTED,
        'outline-width': 4,
        'outline-offset': 2,
        'outline-opacity': 1,
      },
    },
    { selector: 'edge.on-map', style: { opacity: ON_MAP_OPACITY } },
    { selector: '.faded', style: { opacity: 0.15 } },
    // A large banded view's groups read by block and colour; their lines show only when selected.
    { selector: 'edge.quiet', style: { opacity: 0 } },
    // …and their hubs are named large enough to read over blocks of ~200 states, fitted.
    { selector: 'node.quiet', style: { 'font-size': 36, 'font-weight': 'bold' } },
    // Geography: a label that would overlap a busier state's gives way, until selected.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    { selector: 'node.label-hidden:selected', style: { 'text-opacity': 1 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10 } },
  ];
}
