import type {
  ConcentricLayoutOptions,
  EdgeSingular,
  GridLayoutOptions,
  NodeSingular,
} from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { RelationshipType } from './kinds';

/** Layouts the user can pick; `auto` is fcose for small views and ForceAtlas2 for large ones. */
export const LAYOUT_KEYS = ['auto', 'concentric', 'grid', 'geographic'] as const;
export type LayoutKey = (typeof LAYOUT_KEYS)[number];

/** Spoke length per relationship: signatories sit close around their declaration. */
const IDEAL_EDGE_LENGTH: Record<RelationshipType, number> = {
  SIGNED: 70,
  ORGANIZATION_SIGNED: 70,
  REFERENCES: 130,
  SUPPORTS: 120,
  SUPPLEMENTS: 90,
  // Longer and (below) looser than signatures: instruments orbit outside the declarations.
  PARTY_TO: 220,
  // Co-signature networks are dense: longer edges spread the cliques.
  CO_SIGNED: 160,
  VOTED_WITH: 160,
};

/**
 * The corpus layout. fcose suits views under ~500 nodes (see the stack notes); beyond that
 * positions should be precomputed and drawn with `preset`.
 */
export const corpusLayout: FcoseLayoutOptions = {
  name: 'fcose',
  // 'default' (not 'draft'): draft leaves overlapping blobs.
  quality: 'default',
  randomize: true,
  // No animation: the view appears once, already settled, and tests can wait for layoutstop.
  animate: false,
  fit: true,
  padding: 48,
  // Labels take room: without this, state names overlap.
  nodeDimensionsIncludeLabels: true,
  // Disconnected declarations are packed side by side (the default, stated).
  packComponents: true,
  nodeSeparation: 90,
  // fcose default 4500: more keeps the rings of signatories readable; hubs (declarations,
  // instruments) push harder, or the states they share pull them on top of each other.
  nodeRepulsion: (node: NodeSingular) => (node.data('kind') === 'State' ? 9000 : 90000),
  idealEdgeLength: (edge: EdgeSingular) =>
    IDEAL_EDGE_LENGTH[edge.data('kind') as RelationshipType] ?? 100,
  // fcose default 0.45.
  edgeElasticity: (edge: EdgeSingular) => (edge.data('kind') === 'PARTY_TO' ? 0.1 : 0.45),
  // fcose default 0.25.
  gravity: 0.3,
};

/**
 * Rings by degree: hubs in the middle, then the states that share the most. The degree is the
 * view's, not Cytoscape's, which holds none of a large view's edges.
 */
export function concentricLayout(degree: (id: string) => number): ConcentricLayoutOptions {
  return {
    name: 'concentric',
    animate: false,
    fit: true,
    padding: 48,
    minNodeSpacing: 18,
    nodeDimensionsIncludeLabels: true,
    concentric: (node: NodeSingular) => degree(node.id()),
    levelWidth: () => 2,
  };
}

/** Rows sorted by colour, then name: states of one region, coalition or status sit together. */
export const gridLayout: GridLayoutOptions = {
  name: 'grid',
  animate: false,
  fit: true,
  padding: 48,
  avoidOverlapPadding: 16,
  nodeDimensionsIncludeLabels: true,
  sort: (a: NodeSingular, b: NodeSingular) =>
    String(a.data('kind')).localeCompare(String(b.data('kind'))) ||
    String(a.data('colorLabel') ?? '').localeCompare(String(b.data('colorLabel') ?? '')) ||
    String(a.data('name')).localeCompare(String(b.data('name'))),
};
