import type { Core } from 'cytoscape';
import type { GraphElements } from './elements';
import type { Positions } from './positions';

/**
 * Nodes added, moved or measured per task, so that no task holds the page long on a loaded
 * machine: measuring the labels and bounds of 2,000 nodes took 0.4-0.8 s in one task.
 */
export const SLICE = 500;

/** A drawing under way: `done` settles once the first frame with the final positions is drawn. */
export type LargeDrawing = { done: Promise<void>; cancel: () => void };

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The zoom and pan that fit `positions` in `cy`'s canvas with `padding` around, clamped to the
 * zoom limits. Cytoscape's own fit measures every label and edge first: seconds at this size,
 * while the node centres (plus a node's width) are all a large view's overview needs.
 */
export function viewportFor(
  positions: readonly { x: number; y: number }[],
  canvas: { width: number; height: number; padding: number; minZoom: number; maxZoom: number },
): { zoom: number; pan: { x: number; y: number } } {
  const margin = 30;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions) {
    x1 = Math.min(x1, x - margin);
    y1 = Math.min(y1, y - margin);
    x2 = Math.max(x2, x + margin);
    y2 = Math.max(y2, y + margin);
  }
  if (!Number.isFinite(x1)) return { zoom: 1, pan: { x: canvas.width / 2, y: canvas.height / 2 } };
  const fit = Math.min(
    (canvas.width - 2 * canvas.padding) / (x2 - x1),
    (canvas.height - 2 * canvas.padding) / (y2 - y1),
  );
  const zoom = Math.min(Math.max(fit, canvas.minZoom), canvas.maxZoom);
  return {
    zoom,
    pan: {
      x: canvas.width / 2 - (zoom * (x1 + x2)) / 2,
      y: canvas.height / 2 - (zoom * (y1 + y2)) / 2,
    },
  };
}

/**
 * Draws a large view's nodes once, without freezing the page: they are added in slices, one
 * task each, while `positions` are computed in a worker; Cytoscape's render loop skips frames
 * while a batch is open, so a batch is held between slices and no frame shows the pile at the
 * origin. Each slice is added outside the batch, so its style is computed then, not all at the
 * end. Once the positions arrive the nodes move there in slices, the viewport fits them, their
 * bounds are computed in slices too, and the batch ends: the next frame is the first drawing,
 * and final. The edges are the edge layer's.
 */
export function drawLarge(
  cy: Core,
  nodes: GraphElements['nodes'],
  layout: { positions: Promise<Positions>; padding: number },
): LargeDrawing {
  const { positions, padding } = layout;
  let cancelled = false;
  let holding = false;
  const hold = (): void => {
    if (!holding) cy.startBatch();
    holding = true;
  };
  const release = (): void => {
    if (holding) cy.endBatch();
    holding = false;
  };
  /** Runs `step` on each slice of `count` items, one task each, outside the held batch. */
  const inSlices = async (count: number, step: (from: number, to: number) => void) => {
    for (let i = 0; i < count && !cancelled; i += SLICE) {
      release();
      step(i, i + SLICE);
      hold();
      await nextTask();
    }
  };
  const draw = async (): Promise<void> => {
    await inSlices(nodes.length, (from, to) => cy.add(nodes.slice(from, to)));
    const placed = await positions;
    if (cancelled) return;
    const drawn = cy.nodes();
    await inSlices(drawn.length, (from, to) => {
      drawn.slice(from, to).positions((node) => placed[node.id()] ?? { x: 0, y: 0 });
    });
    if (cancelled) return;
    release();
    cy.viewport(
      viewportFor(Object.values(placed), {
        width: cy.width(),
        height: cy.height(),
        padding,
        minZoom: cy.minZoom(),
        maxZoom: cy.maxZoom(),
      }),
    );
    hold();
    // What the first frame would compute for every node at once (label sizes, bounds),
    // computed and cached slice by slice: the frame is left with drawing.
    await inSlices(drawn.length, (from, to) => {
      drawn.slice(from, to).boundingBox();
    });
    if (cancelled) return;
    const rendered = new Promise<void>((resolve) => cy.one('render', () => resolve()));
    release();
    // Ending a batch in which nothing changed asks for no frame, and none would come.
    cy.forceRender();
    await rendered;
  };
  return {
    done: draw().finally(release),
    cancel: () => {
      cancelled = true;
      release();
    },
  };
}
