/// <reference lib="dom" />
import cytoscape from 'cytoscape';
import type { LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { corpusLayout } from '../../../../web/src/graph/layouts';
import { LARGE_VIEW } from './elements';
import type { BenchElements } from './elements';

// The bare baseline: Cytoscape with labels only, fed the same elements and laid out as the app
// lays out that many nodes (fcose below LARGE_VIEW, ForceAtlas2 in a worker then preset above).
cytoscape.use(fcose);

type Positions = Record<string, { x: number; y: number }>;

function run(cy: cytoscape.Core, options: LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

function workerPositions(elements: BenchElements): Promise<Positions> {
  const worker = new Worker('./fa2-worker.js');
  return new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Positions>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(elements);
  }).finally(() => worker.terminate());
}

async function draw(): Promise<void> {
  const elements = (await (await fetch('./elements.json')).json()) as BenchElements;
  const container = document.getElementById('cy');
  const cy = cytoscape({
    container,
    elements: [...elements.nodes, ...elements.edges],
    style: [{ selector: 'node', style: { label: 'data(label)' } }],
  });
  if (cy.nodes().length <= LARGE_VIEW) {
    await run(cy, corpusLayout);
  } else {
    const positions = await workerPositions(elements);
    await run(cy, {
      name: 'preset',
      animate: false,
      fit: true,
      padding: 48,
      positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 },
    } as LayoutOptions);
  }
  // Settled means drawn, as in the app: the first frame after the layout.
  await new Promise<void>((resolve) => cy.one('render', () => resolve()));
  document.body.dataset.nodeCount = String(cy.nodes().length);
  document.body.dataset.graphReady = 'true';
}

draw().catch((error: unknown) => {
  document.body.dataset.graphError = String(error);
});
