import type { EdgeSingular } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { RelationshipType } from './kinds';

/** Spoke length per relationship: signatories sit close around their declaration. */
const IDEAL_EDGE_LENGTH: Record<RelationshipType, number> = {
  SIGNED: 70,
  REFERENCES: 130,
  SUPPORTS: 120,
  SUPPLEMENTS: 90,
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
  // fcose default 4500: more keeps the rings of signatories readable.
  nodeRepulsion: 9000,
  idealEdgeLength: (edge: EdgeSingular) =>
    IDEAL_EDGE_LENGTH[edge.data('kind') as RelationshipType] ?? 100,
  // fcose default 0.25.
  gravity: 0.3,
};
