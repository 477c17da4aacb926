// cytoscape-fcose ships no types. Only what treatygraph uses is declared.
declare module 'cytoscape-fcose' {
  import type { BaseLayoutOptions, EdgeSingular, Ext, NodeSingular } from 'cytoscape';

  /** Options of the fcose layout (https://github.com/iVis-at-Bilkent/cytoscape.js-fcose). */
  export interface FcoseLayoutOptions extends BaseLayoutOptions {
    name: 'fcose';
    quality?: 'draft' | 'default' | 'proof';
    randomize?: boolean;
    animate?: boolean;
    fit?: boolean;
    padding?: number;
    nodeDimensionsIncludeLabels?: boolean;
    packComponents?: boolean;
    nodeSeparation?: number;
    nodeRepulsion?: number | ((node: NodeSingular) => number);
    idealEdgeLength?: number | ((edge: EdgeSingular) => number);
    edgeElasticity?: number | ((edge: EdgeSingular) => number);
    gravity?: number;
    numIter?: number;
  }

  const fcose: Ext;
  export default fcose;
}
