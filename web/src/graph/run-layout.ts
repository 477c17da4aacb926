import type { Core, LayoutOptions } from 'cytoscape';
import { createEdgeIndex } from './edge-index';
import type { GraphElements } from './elements';
import { concentricLayout, corpusLayout, gridLayout, type LayoutKey } from './layouts';
import { bandPositions, geographicPositions, type Positions } from './positions';
import { seedOf, withSeededRandom } from './seeded-layout';

/** Above this many nodes fcose takes seconds (see the stack notes): ForceAtlas2 in a worker. */
export const LARGE_VIEW = 400;

export const PADDING = 48;

/** A layout request: a user's choice, or bands of groups in the given legend order. */
export type LayoutRequest = LayoutKey | { bands: readonly string[] };

/** A running layout: `done` settles when the nodes are in place; `cancel` stops waiting. */
export type RunningLayout = { done: Promise<void>; cancel: () => void };

function run(cy: Core, options: LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    withSeededRandom(seedOf(cy.nodes().map((node) => node.id())), () => layout.run());
  });
}

function place(cy: Core, positions: Positions): Promise<void> {
  return run(cy, {
    name: 'preset',
    animate: false,
    fit: true,
    padding: PADDING,
    positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 },
  } as LayoutOptions);
}

const spawnWorker = () =>
  new Worker(new URL('./force-atlas2.worker.ts', import.meta.url), { type: 'module' });

/**
 * A worker started ahead of need: loading and compiling its module takes a few hundred
 * milliseconds, which a large view's first layout would otherwise wait for.
 */
let spare: Worker | null = null;

/** Starts the spare worker, once the page is idle (browser tests and the bench look for it). */
export function prepareLayoutWorker(): void {
  spare ??= spawnWorker();
}

/** ForceAtlas2 in a Web Worker, so a large view never freezes the page. */
function forceAtlas2InWorker(elements: GraphElements): PendingPositions {
  const worker = spare ?? spawnWorker();
  spare = spawnWorker();
  const positions = new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Positions>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`The layout worker failed: ${event.message}`));
  }).finally(() => worker.terminate());
  // Only what the layout reads: cloning labels and names for thousands of edges costs the page.
  worker.postMessage({
    nodes: elements.nodes.map(({ data }) => ({ data: { id: data.id } })),
    edges: elements.edges.map(({ data }) => ({
      data: { source: data.source, target: data.target, weight: data.weight },
    })),
  });
  return { positions, cancel: () => worker.terminate() };
}

/** Positions on their way, and how to stop waiting for them. */
export type PendingPositions = { positions: Promise<Positions>; cancel: () => void };

const ready = (positions: Positions): PendingPositions => ({
  positions: Promise.resolve(positions),
  cancel: () => undefined,
});

/**
 * The positions of a layout that needs no Cytoscape instance: bands, geographic, and ForceAtlas2
 * for large views. The caller can then add the elements already in place, so the page draws a
 * large graph once instead of once piled up and again laid out. Null for Cytoscape's layouts.
 */
export function precomputedPositions(
  key: LayoutRequest,
  elements: GraphElements,
): PendingPositions | null {
  if (typeof key === 'object') return ready(bandPositions(elements, key.bands));
  if (key === 'geographic') return ready(geographicPositions(elements));
  if (key === 'auto' && elements.nodes.length > LARGE_VIEW) return forceAtlas2InWorker(elements);
  return null;
}

/**
 * Lays out the elements `cy` draws. `auto` is fcose for small views and ForceAtlas2 (in a
 * worker) for large ones; `geographic` places states by their coordinates; bands line groups up
 * side by side.
 * @example const { done } = runLayout(cy, 'auto', elements); await done;
 */
export function runLayout(cy: Core, key: LayoutRequest, elements: GraphElements): RunningLayout {
  const pending = precomputedPositions(key, elements);
  if (pending) {
    let cancelled = false;
    return {
      done: pending.positions.then((positions) => (cancelled ? undefined : place(cy, positions))),
      cancel: () => {
        cancelled = true;
        pending.cancel();
      },
    };
  }
  const options =
    key === 'concentric'
      ? concentricLayout(createEdgeIndex(elements.edges).degree)
      : key === 'grid'
        ? gridLayout
        : corpusLayout;
  return { done: run(cy, options), cancel: () => undefined };
}
