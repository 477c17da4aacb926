/// <reference lib="dom" />
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { BenchElements } from './elements';

// The app's ForceAtlas2 (web/src/graph/force-atlas2-positions.ts), setting for setting: seeded
// on a circle, inferred settings, Barnes-Hut above 200 nodes, 300 iterations, scaled by 12.
function positions(elements: BenchElements): Record<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: false });
  const n = elements.nodes.length;
  elements.nodes.forEach(({ data }, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    graph.addNode(data.id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  for (const { data } of elements.edges) {
    if (data.source === data.target || graph.hasEdge(data.source, data.target)) continue;
    graph.addEdge(data.source, data.target, { weight: data.weight ?? 1 });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: n > 200,
    adjustSizes: false,
  };
  const raw = forceAtlas2(graph, { iterations: 300, settings, getEdgeWeight: 'weight' });
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, { x, y }] of Object.entries(raw)) out[id] = { x: x * 12, y: y * 12 };
  return out;
}

self.onmessage = (event: MessageEvent<BenchElements>) => {
  self.postMessage(positions(event.data));
};
