// cytoscape-fcose ships no types; the bare page uses the options the app's layout sets.
declare module 'cytoscape-fcose' {
  import type { BaseLayoutOptions, EdgeSingular, Ext } from 'cytoscape';

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
    nodeRepulsion?: number;
    idealEdgeLength?: number | ((edge: EdgeSingular) => number);
    gravity?: number;
  }

  const fcose: Ext;
  export default fcose;
}
