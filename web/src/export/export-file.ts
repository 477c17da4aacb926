import type { Core } from 'cytoscape';
import type { Drawing } from '../graph/drawing';
import {
  EXPORT_MIME_TYPES,
  writeEdgesCsv,
  writeGexf,
  writeGraphml,
  writeNodesCsv,
  type ExchangeView,
} from '@treatygraph/formats';
import { graticulePath } from '../graph/land-path';
import { loadLandPath } from '../graph/load-land';
import type { MapPaths } from '../graph/map-style';
import { toExchangeView } from './exchange-view';
import type { ExportFrame } from './frame';
import { writePng } from './png';
import { sceneOf } from './scene';
import { writeSvg } from './svg';

/** Every download the export menu offers, in menu order. */
export const EXPORT_FORMATS = {
  png: { label: 'PNG image', extension: 'png', type: EXPORT_MIME_TYPES.png },
  svg: { label: 'SVG drawing', extension: 'svg', type: EXPORT_MIME_TYPES.svg },
  json: { label: 'Cytoscape JSON', extension: 'cy.json', type: EXPORT_MIME_TYPES.json },
  graphml: { label: 'GraphML', extension: 'graphml', type: EXPORT_MIME_TYPES.graphml },
  gexf: { label: 'GEXF (Gephi)', extension: 'gexf', type: EXPORT_MIME_TYPES.gexf },
  nodesCsv: { label: 'CSV of nodes', extension: 'nodes.csv', type: EXPORT_MIME_TYPES.csv },
  edgesCsv: { label: 'CSV of edges', extension: 'edges.csv', type: EXPORT_MIME_TYPES.csv },
  query: { label: 'GraphQL query', extension: 'graphql', type: EXPORT_MIME_TYPES.graphql },
  url: { label: 'Link as a file', extension: 'url.txt', type: EXPORT_MIME_TYPES.text },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** What the view knows about itself beyond the drawing. */
export type ExportContext = {
  /** Short name for file names, for example `coalitions`. */
  name: string;
  /** The GraphQL operation text and variables that produced the view. */
  query: string;
  url: string;
  /** The view is drawn over a map: the SVG and the PNG include the land. */
  map: boolean;
  /** Title, details, legend and attribution drawn around the PNG and the SVG. */
  frame: ExportFrame;
};

function exchangeView({ cy, edges }: Drawing): ExchangeView {
  return toExchangeView(
    cy
      .nodes()
      .map((node) => ({ data: node.data() as Record<string, unknown>, position: node.position() })),
    edges,
  );
}

/**
 * Cytoscape's JSON of the view, with every edge: those Cytoscape does not hold (a large view's)
 * written as it writes its own, in the view's order.
 */
function cytoscapeJson({ cy, edges, edgeClasses }: Drawing): string {
  const json = cy.json() as { elements: { edges?: unknown[] } };
  const held = new Map(cy.edges().map((edge) => [edge.id(), edge.json()]));
  json.elements.edges = edges.map(
    ({ data }) =>
      held.get(data.id) ?? {
        group: 'edges',
        data,
        position: { x: 0, y: 0 },
        removed: false,
        selected: false,
        selectable: true,
        locked: false,
        grabbable: true,
        pannable: true,
        classes: edgeClasses.join(' '),
      },
  );
  return JSON.stringify(json, null, 2);
}

const mapPaths = async (): Promise<MapPaths> => ({
  land: await loadLandPath(),
  graticule: graticulePath(),
});

type ExportRequest = {
  drawing: Drawing;
  format: ExportFormat;
  context: ExportContext;
  scale: number;
  /** Keep the selection's fading and highlight in the PNG and SVG (default: draw all plainly). */
  keepSelection?: boolean;
};

/** Runs `draw` with the selection's fading and highlight lifted, then puts them back. */
async function plainly<T>(cy: Core, draw: () => Promise<T>): Promise<T> {
  const faded = cy.elements('.faded').removeClass('faded');
  const highlighted = cy.elements('.highlighted').removeClass('highlighted');
  try {
    return await draw();
  } finally {
    faded.addClass('faded');
    highlighted.addClass('highlighted');
  }
}

async function image(request: ExportRequest): Promise<Blob | string> {
  const { drawing, format, context, scale } = request;
  const map = context.map ? await mapPaths() : undefined;
  const draw = async () =>
    format === 'png'
      ? writePng(drawing, { scale, map, frame: context.frame })
      : writeSvg({ ...sceneOf(drawing), map, frame: context.frame });
  return request.keepSelection ? draw() : plainly(drawing.cy, draw);
}

async function content(request: ExportRequest): Promise<Blob | string> {
  const { drawing, format, context } = request;
  switch (format) {
    case 'png':
    case 'svg':
      return image(request);
    case 'json':
      return cytoscapeJson(drawing);
    case 'graphml':
      return writeGraphml(exchangeView(drawing));
    case 'gexf':
      return writeGexf(exchangeView(drawing));
    case 'nodesCsv':
      return writeNodesCsv(exchangeView(drawing));
    case 'edgesCsv':
      return writeEdgesCsv(exchangeView(drawing));
    case 'query':
      return context.query;
    case 'url':
      return `${context.url}\n`;
  }
}

/**
 * The current view as a file in `format`; PNG at `scale` times the screen size.
 * @example const { name, blob } = await exportFile({ drawing, format: 'gexf', context, scale: 1 });
 */
export async function exportFile(request: ExportRequest): Promise<{ name: string; blob: Blob }> {
  const { format, context } = request;
  const { extension, type } = EXPORT_FORMATS[format];
  const body = await content(request);
  const blob = body instanceof Blob ? body : new Blob([body], { type: `${type};charset=utf-8` });
  return { name: `treatygraph-${context.name}.${extension}`, blob };
}
