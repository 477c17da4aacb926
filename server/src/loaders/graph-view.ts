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
/** `[frontier position, type, outgoing, relationship properties]`. */
type LinkTuple = [number, string, boolean, Record<string, unknown>];
/** A node one hop reached, with the links that reach it; properties null in the closing hop. */
type ReachedRow = NodeRef & {
  properties: [string, unknown][] | null;
  /** Frontier positions linking here whose links were cut at the cap. */
  cut: number[];
  links: LinkTuple[];
};

// Neo4j orders text by UTF-16 code units, as `<` does.
const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
/** A node's links by kind, key and type, as the hop query caps them. */
const byKindKeyType = (x: Link, y: Link) =>
  compareText(x.label, y.label) || compareText(x.key, y.key) || compareText(x.type, y.type);

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
    const rows = await read<{ total: number; seed: FoundRow }>(
      seedDeclarationsQuery({ from: options.from, to: options.to, limit: nodeLimit }),
    );
    for (const { seed } of rows) if (addNode(foundNode(seed))) frontier.push(seed.element);
    unreturnedSeeds = (rows[0]?.total ?? 0) - rows.length;
    if (unreturnedSeeds > 0) truncated = true;
  }

  // Nodes whose links a hop returned in full: their edges are known, the closing hop skips them.
  const covered: string[] = [];
  for (let hop = 0; hop <= options.depth && frontier.length > 0; hop++) {
    const closing = hop === options.depth;
    // A view with no room left can only gain edges: reached nodes just count as found.
    const full = !closing && byElement.size >= nodeLimit;
    const rows = await read<ReachedRow>(
      expandQuery({
        frontier,
        filter: options,
        cap: nodeLimit,
        known: closing ? [...byElement.keys()] : null,
        covered: closing ? covered : [],
        full: full ? [...byElement.keys()] : null,
      }),
    );
    const cut = new Set<number>();
    const linksOf: Link[][] = frontier.map(() => []);
    const reached = new Map<string, FoundNode>();
    for (const { element, label, key, properties, cut: cutHere, links } of rows) {
      if (properties) reached.set(element, foundNode({ element, label, key, properties }));
      if (full) {
        seen.add(element);
        if (!byElement.has(element)) truncated = true;
      }
      for (const i of cutHere) cut.add(i);
      // Spelled out: spreading the driver's row objects costs more than the rest of the hop.
      for (const [i, type, outgoing, rel] of links) {
        linksOf[i]?.push({ element, label, key, type, outgoing, rel });
      }
    }
    const next: string[] = [];
    // The frontier's order, then each node's links by kind and key: the same data, the same view.
    frontier.forEach((element, i) => {
      if (cut.has(i)) truncated = true;
      else if (!closing) covered.push(element);
      for (const link of (linksOf[i] ?? []).sort(byKindKeyType)) {
        const found = reached.get(link.element);
        if (!closing && found && addNode(found)) next.push(link.element);
        addEdge(element, link);
      }
    });
    frontier = next;
  }

  return {
    nodes: [...byElement.values()],
    edges: [...edges.values()],
    truncated,
    totalNodes: seen.size + unreturnedSeeds,
  };
}
