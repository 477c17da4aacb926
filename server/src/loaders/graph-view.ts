import { nodeKind } from '@treatygraph/schema';
import { expandQuery, focusNodesQuery, seedDeclarationsQuery } from '../cypher/graph-view';
import type { ViewFilter } from '../cypher/graph-view';
import { fromPairs } from '../cypher/slim-properties';
import type { ReadFn } from '../db/read';

/** A node of a view, shaped for Cytoscape and the exchange formats. */
export type GraphNode = { id: string; kind: string; label: string; data: Record<string, unknown> };
/** An edge of a view; model relationships weigh 1, co-signatures their shared count. */
export type GraphEdge = {
  id: string;
  kind: string;
  source: string;
  target: string;
  weight: number;
  data: Record<string, unknown>;
};
export type GraphViewRecord = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Whether the node limit or the hub guard left nodes out. */
  truncated: boolean;
  /** Nodes found before the limit applied: more than `nodes.length` when truncated. */
  totalNodes: number;
};

export type GraphViewOptions = ViewFilter & {
  focus: readonly string[];
  depth: number;
  nodeLimit: number;
};

type NodeRef = { element: string; label: string; key: string };
/** A node as the view queries return it: properties as `[key, value]` pairs. */
type FoundRow = NodeRef & { properties: [string, unknown][] };
type FoundNode = NodeRef & { node: Record<string, unknown> };
type Link = NodeRef & { type: string; outgoing: boolean; rel: Record<string, unknown> };
type ExpandRow = { element: string; degree: number; links: Link[] };

const foundNode = ({ properties, ...ref }: FoundRow): FoundNode => ({
  ...ref,
  node: fromPairs(properties),
});

function captionOf(found: FoundNode): string {
  const value = found.node[nodeKind(found.label).caption];
  const fallback = found.node.name ?? found.node.title ?? found.key;
  return String(typeof value === 'string' && value ? value : fallback);
}

/**
 * The nodes and edges around focus entities (or, without focus, around the declarations in
 * the date range), hop by hop up to `depth`: one Cypher per hop plus one for the seeds and one
 * closing hop for the edges among the last nodes, so `depth + 2` round trips at most. At most
 * `nodeLimit` nodes; a hub contributes at most that many links, and `truncated` says when
 * either cut. Node ids are natural keys (`LAO`, `untoc`); should two kinds share a key, the
 * later node's id is prefixed with its kind (`Organization:x`).
 */
export async function loadGraphView(
  read: ReadFn,
  options: GraphViewOptions,
): Promise<GraphViewRecord> {
  const { nodeLimit } = options;
  const ids = new Map<string, GraphNode>();
  const byElement = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const seen = new Set<string>();
  let truncated = false;

  const addNode = (found: FoundNode): boolean => {
    seen.add(found.element);
    if (byElement.has(found.element)) return false;
    if (byElement.size >= nodeLimit) {
      truncated = true;
      return false;
    }
    const id = ids.has(found.key) ? `${found.label}:${found.key}` : found.key;
    const node = { id, kind: found.label, label: captionOf(found), data: found.node };
    ids.set(id, node);
    byElement.set(found.element, node);
    return true;
  };
  const addEdge = (from: string, link: Link) => {
    const near = byElement.get(from);
    const far = byElement.get(link.element);
    if (!near || !far) return;
    const [source, target] = link.outgoing ? [near.id, far.id] : [far.id, near.id];
    const id = `${link.type}:${source}->${target}`;
    edges.set(id, { id, kind: link.type, source, target, weight: 1, data: link.rel });
  };

  let frontier: string[] = [];
  let unreturnedSeeds = 0;
  if (options.focus.length > 0) {
    const rows = await read<{ key: string; found: FoundRow }>(focusNodesQuery(options.focus));
    for (const row of rows) if (addNode(foundNode(row.found))) frontier.push(row.found.element);
  } else {
    const [row] = await read<{ total: number; seeds: FoundRow[] }>(
      seedDeclarationsQuery({ from: options.from, to: options.to, limit: nodeLimit }),
    );
    for (const seed of row?.seeds ?? []) if (addNode(foundNode(seed))) frontier.push(seed.element);
    unreturnedSeeds = (row?.total ?? 0) - (row?.seeds.length ?? 0);
    if (unreturnedSeeds > 0) truncated = true;
  }

  for (let hop = 0; hop <= options.depth && frontier.length > 0; hop++) {
    const closing = hop === options.depth;
    const [answer] = await read<{ rows: ExpandRow[]; nodes: FoundRow[] }>(
      expandQuery({
        frontier,
        filter: options,
        cap: nodeLimit,
        known: closing ? [...byElement.keys()] : null,
      }),
    );
    const rows = answer?.rows ?? [];
    const reached = new Map((answer?.nodes ?? []).map((row) => [row.element, foundNode(row)]));
    const next: string[] = [];
    // Rows follow the frontier's order, so the same data always gives the same view.
    const order = new Map(frontier.map((element, i) => [element, i]));
    rows.sort((a, b) => (order.get(a.element) ?? 0) - (order.get(b.element) ?? 0));
    for (const row of rows) {
      if (row.degree > row.links.length) truncated = true;
      for (const link of row.links) {
        const found = reached.get(link.element);
        if (!closing && found && addNode(found)) next.push(link.element);
        addEdge(row.element, link);
      }
    }
    frontier = next;
  }

  return {
    nodes: [...byElement.values()],
    edges: [...edges.values()],
    truncated,
    totalNodes: seen.size + unreturnedSeeds,
  };
}
