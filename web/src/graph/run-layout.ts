import type { Core, LayoutOptions } from 'cytoscape';
import type { GraphElements } from './elements';
import { concentricLayout, corpusLayout, gridLayout, type LayoutKey } from './layouts';
import { bandPositions, geographicPositions, type Positions } from './positions';

/** Above this many nodes fcose takes seconds (see the stack notes): ForceAtlas2 in a worker. */
export const LARGE_VIEW = 400;

const PADDING = 48;

/** A layout request: a user's choice, or bands of groups in the given legend order. */
export type LayoutRequest = LayoutKey | { bands: readonly string[] };

/** A running layout: `done` settles when the nodes are in place; `cancel` stops waiting. */
export type RunningLayout = { done: Promise<void>; cancel: () => void };

function run(cy: Core, options: LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
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

/** ForceAtlas2 in a Web Worker, so a large view never freezes the page. */
function forceAtlas2InWorker(elements: GraphElements): {
  positions: Promise<Positions>;
  cancel: () => void;
} {
  const worker = new Worker(new URL('./force-atlas2.worker.ts', import.meta.url), {
    type: 'module',
  });
  const positions = new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Positions>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`The layout worker failed: ${event.message}`));
  }).finally(() => worker.terminate());
  worker.postMessage(elements);
  return { positions, cancel: () => worker.terminate() };
}

/**
 * Lays out what `cy` draws. `auto` is fcose for small views and ForceAtlas2 (in a worker) for
 * large ones; `geographic` places states by their coordinates; bands line groups up side by side.
 * @example const { done } = runLayout(cy, 'auto', elements); await done;
 */
export function runLayout(cy: Core, key: LayoutRequest, elements: GraphElements): RunningLayout {
  if (typeof key === 'object') {
    return { done: place(cy, bandPositions(elements, key.bands)), cancel: () => undefined };
  }
  let cancelled = false;
  const guard = (fn: () => Promise<void>) => (cancelled ? Promise.resolve() : fn());
  switch (key) {
    case 'concentric':
      return { done: run(cy, concentricLayout), cancel: () => undefined };
    case 'grid':
      return { done: run(cy, gridLayout), cancel: () => undefined };
    case 'geographic':
      return { done: place(cy, geographicPositions(elements)), cancel: () => undefined };
    case 'auto': {
      if (cy.nodes().length <= LARGE_VIEW) {
        return { done: run(cy, corpusLayout), cancel: () => undefined };
      }
      const worker = forceAtlas2InWorker(elements);
      const done = worker.positions.then((positions) => guard(() => place(cy, positions)));
      return {
        done,
        cancel: () => {
          cancelled = true;
          worker.cancel();
        },
      };
    }
  }
}
