import type { Core } from 'cytoscape';
import { nodePositions, type Drawing, type Point } from './drawing';
import type { GraphEdge } from './edge-index';
import { lineStyleOf, type EdgeClass } from './line-style';

/** One straight line as the view styles it, in the graph's coordinates. */
export type Segment = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  opacity: number;
  dashed: boolean;
};

/** The part of a 2D context that stroking lines needs (a fake one in unit tests). */
export type LineContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'setLineDash' | 'strokeStyle' | 'lineWidth'
> & { globalAlpha: number };

/** Edges per task: about a tenth of a second of work each on a loaded 2-core machine. */
export const CHUNK = 8_000;

/**
 * Each edge as a straight segment between its nodes' centres, styled by the stylesheet's rules
 * for its data and `classes`; edges with an end not drawn are left out.
 */
export function segmentsOf(
  edges: readonly GraphEdge[],
  positions: ReadonlyMap<string, Point>,
  classes: readonly EdgeClass[],
): Segment[] {
  const segments: Segment[] = [];
  for (const { data } of edges) {
    const source = positions.get(data.source);
    const target = positions.get(data.target);
    if (!source || !target) continue;
    const { color, width, opacity, lineStyle } = lineStyleOf(data, classes);
    const [x1, y1, x2, y2] = [source.x, source.y, target.x, target.y];
    segments.push({ x1, y1, x2, y2, color, width, opacity, dashed: lineStyle !== 'solid' });
  }
  return segments;
}

/**
 * Strokes `segments` with one path per style rather than one per line: Cytoscape's own
 * per-edge drawing of ~100,000 edges froze the page for tens of seconds in one frame.
 * Invisible segments (opacity 0, the quiet lines of banded views) are left out.
 */
export function strokeSegments(context: LineContext, segments: readonly Segment[]): void {
  const groups = new Map<string, Segment[]>();
  for (const s of segments) {
    if (s.opacity <= 0 || s.width <= 0) continue;
    const key = `${s.color}|${s.width}|${s.opacity}|${s.dashed}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  for (const group of groups.values()) {
    const [{ color, width, opacity, dashed }] = group as [Segment];
    context.strokeStyle = color;
    context.lineWidth = width;
    context.globalAlpha = opacity;
    context.setLineDash(dashed ? [2 * width, 2 * width] : []);
    context.beginPath();
    for (const s of group) {
      context.moveTo(s.x1, s.y1);
      context.lineTo(s.x2, s.y2);
    }
    context.stroke();
  }
  context.globalAlpha = 1;
  context.setLineDash([]);
}

/** A canvas under Cytoscape's that draws the edges of a large view, a chunk per task. */
export type EdgeLayer = {
  /** Draws every edge at the current pan and zoom; settles when done or superseded. */
  draw: () => Promise<void>;
  /** Clears the canvas and stops a drawing under way (while the viewport moves). */
  clear: () => void;
};

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Large views draw their edges here, not in Cytoscape (which holds only the selection's, see
 * `drawing.ts`), so no single task draws them all: each task strokes {@link CHUNK} edges of
 * `view()`, at the nodes' positions read when the drawing starts (a dragged node redraws).
 */
export function createEdgeLayer(
  canvas: HTMLCanvasElement,
  cy: Core,
  view: () => Pick<Drawing, 'edges' | 'edgeClasses'>,
): EdgeLayer {
  let generation = 0;
  const context = canvas.getContext('2d');
  const clear = (): void => {
    generation += 1;
    context?.resetTransform();
    context?.clearRect(0, 0, canvas.width, canvas.height);
  };
  const draw = async (): Promise<void> => {
    clear();
    if (!context) return;
    const mine = generation;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(canvas.clientWidth * ratio);
    const height = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const { edges, edgeClasses } = view();
    const positions = nodePositions(cy);
    for (let i = 0; i < edges.length; i += CHUNK) {
      const { x, y } = cy.pan();
      const zoom = cy.zoom() * ratio;
      context.setTransform(zoom, 0, 0, zoom, x * ratio, y * ratio);
      strokeSegments(context, segmentsOf(edges.slice(i, i + CHUNK), positions, edgeClasses));
      await nextTask();
      if (generation !== mine) return;
    }
  };
  return { draw, clear };
}
