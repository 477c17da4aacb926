import type { ExchangeView } from '@treatygraph/formats';

/** A drawn node as Cytoscape reports it: its data and model position. */
export type DrawnNode = { data: Record<string, unknown>; position: { x: number; y: number } };
export type DrawnEdge = { data: Record<string, unknown> };

/** Keeps what exchange formats can carry: scalars and lists of scalars, no `undefined`. */
function portable(data: Record<string, unknown>, drop: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    if (drop.includes(name) || value === undefined || value === null) continue;
    const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
    if (scalar(value) || (Array.isArray(value) && value.every(scalar))) out[name] = value;
  }
  return out;
}

/**
 * The drawn view as the formats package's {@link ExchangeView}: nodes with their positions and
 * colours, edges with their weight (1 unless the view weighs them).
 * @example toExchangeView(cy.nodes().map(drawnNode), elements.edges)
 */
export function toExchangeView(
  nodes: readonly DrawnNode[],
  edges: readonly DrawnEdge[],
): ExchangeView {
  return {
    nodes: nodes.map(({ data, position }) => {
      const color = typeof data.color === 'string' ? data.color : undefined;
      return {
        id: String(data.id),
        kind: String(data.kind),
        label: String(data.name ?? data.label ?? data.id),
        data: portable(data, ['id', 'kind', 'color']),
        x: Math.round(position.x * 100) / 100,
        y: Math.round(position.y * 100) / 100,
        ...(color ? { color } : {}),
      };
    }),
    edges: edges.map(({ data }) => ({
      id: String(data.id),
      kind: String(data.kind),
      source: String(data.source),
      target: String(data.target),
      weight: typeof data.weight === 'number' ? data.weight : 1,
      data: portable(data, ['id', 'kind', 'source', 'target', 'weight']),
      ...(typeof data.since === 'string' ? { start: data.since } : {}),
      ...(typeof data.until === 'string' ? { end: data.until } : {}),
    })),
  };
}
