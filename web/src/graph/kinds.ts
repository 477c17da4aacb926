/** The kinds of node the explorer draws, named like the GraphQL object types behind them. */
export const NODE_KINDS = ['Declaration', 'State', 'Instrument', 'Organization'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The relationships the explorer draws, named like the graph's relationship types. */
export const RELATIONSHIP_TYPES = [
  'SIGNED',
  'ORGANIZATION_SIGNED',
  'REFERENCES',
  'SUPPORTS',
  'SUPPLEMENTS',
  'PARTY_TO',
  'CO_SIGNED',
  'VOTED_WITH',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A node by kind and key: a state's ISO alpha-3 code, otherwise its GraphQL id. */
export type NodeRef = { kind: NodeKind; key: string };

/** How lists and headings name a group of nodes of each kind. */
export const NODE_KIND_PLURALS: Record<NodeKind, string> = {
  Declaration: 'Declarations',
  State: 'States',
  Instrument: 'Instruments',
  Organization: 'Organizations',
};
