/** What the bench draws: Cytoscape element data as the app's views make it (`kind`, `label`). */
export type BenchElements = {
  nodes: { data: { id: string; kind: string; label: string; [key: string]: unknown } }[];
  edges: {
    data: { id: string; source: string; target: string; kind: string; weight?: number };
  }[];
};

/** Above this many nodes the app lays out with ForceAtlas2 in a worker, below it with fcose. */
export { LARGE_VIEW } from '../../../../web/src/graph/run-layout';
