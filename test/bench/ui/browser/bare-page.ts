/// <reference lib="dom" />
import cytoscape from 'cytoscape';
import type { EdgeSingular, LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { LARGE_VIEW } from './elements';
import type { BenchElements } from './elements';

// The bare baseline: Cytoscape with labels only, fed the same elements and laid out as the app
// lays out that many nodes (fcose below LARGE_VIEW, ForceAtlas2 in a worker then preset above).
cytoscape.use(fcose);

const IDEAL_EDGE_LENGTH: Record<string, number> = {
  SIGNED: 70,
  REFERENCES: 130,
  SUPPORTS: 120,
  SUPPLEMENTS: 90,
  PARTY_TO: 110,
  CO_SIGNED: 160,
};

// The app's corpusLayout (web/src/graph/layouts.ts), option for option.
const FCOSE: FcoseLayoutOptions = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: true,
  padding: 48,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  nodeSeparation: 90,
  nodeRepulsion: 9000,
  idealEdgeLength: (edge: EdgeSingular) => IDEAL_EDGE_LENGTH[edge.data('kind') as string] ?? 100,
  gravity: 0.3,
};

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
    await run(cy, FCOSE);
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
  document.body.dataset.nodeCount = String(cy.nodes().length);
  document.body.dataset.graphReady = 'true';
}

draw().catch((error: unknown) => {
  document.body.dataset.graphError = String(error);
});
