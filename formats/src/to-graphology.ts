import Graph from 'graphology';
import type { ExchangeView } from './exchange-view';
import { flatAttributes } from './flat-attributes';

// Reserved names in the writers: label/kind/weight and the viz keys must not be shadowed by data.
const RESERVED = new Set(['label', 'kind', 'weight', 'x', 'y', 'z', 'size', 'color', 'shape']);

function dataAttributes(data: Readonly<Record<string, unknown>>) {
  const flat = flatAttributes(data);
  for (const key of Object.keys(flat)) {
    if (RESERVED.has(key)) {
      flat[`data.${key}`] = flat[key] ?? null;
      delete flat[key];
    }
  }
  return flat;
}

/** The view as a graphology multigraph: several relationship kinds may join the same pair. */
export function toGraphology(view: ExchangeView): Graph {
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  for (const node of view.nodes) {
    const viz: Record<string, number | string> = {};
    if (node.x !== undefined && node.y !== undefined) Object.assign(viz, { x: node.x, y: node.y });
    if (node.color) viz.color = node.color;
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      ...dataAttributes(node.data),
      ...viz,
    });
  }
  for (const edge of view.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      kind: edge.kind,
      weight: edge.weight,
      ...dataAttributes(edge.data),
    });
  }
  return graph;
}
