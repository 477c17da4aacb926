/** A JSON-safe property value as views carry it: scalars, lists of scalars, or null. */
export type ExchangeValue =
  string | number | boolean | null | readonly (string | number | boolean)[];

export interface ExchangeNode {
  id: string;
  kind: string;
  label: string;
  data: Readonly<Record<string, unknown>>;
  /** Layout position and colour, when the view was drawn; Gephi reads them as viz attributes. */
  x?: number;
  y?: number;
  color?: string;
}

export interface ExchangeEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  weight: number;
  data: Readonly<Record<string, unknown>>;
  /** When the tie held (ISO dates), for a timeline: GEXF writes them as the edge's spell. */
  start?: string;
  end?: string;
}

/** The graph of one view, independent of who drew it: the API's `GraphView` and the UI's canvas both map to it. */
export interface ExchangeView {
  nodes: readonly ExchangeNode[];
  edges: readonly ExchangeEdge[];
}
