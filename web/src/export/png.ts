import { edgesBeneath, nodePositions, type Drawing } from '../graph/drawing';
import { segmentsOf, strokeSegments } from '../graph/edge-layer';
import { MAP_STYLE, type MapPaths } from '../graph/map-style';
import { frameLayout, frameWidth, type ExportFrame, type FrameBand } from './frame';

const BACKGROUND = '#ffffff';

/** Draws the land and graticule in the graph's coordinates, mapped by `transform`. */
function drawMap(context: CanvasRenderingContext2D, map: MapPaths, transform: DOMMatrix): void {
  context.setTransform(transform);
  context.lineWidth = MAP_STYLE.lineWidth;
  context.strokeStyle = MAP_STYLE.graticule;
  context.stroke(new Path2D(map.graticule));
  const land = new Path2D(map.land);
  context.fillStyle = MAP_STYLE.land;
  context.fill(land);
  context.strokeStyle = MAP_STYLE.coast;
  context.stroke(land);
  context.resetTransform();
}

/** Draws a band of the frame with its top at `top`. */
function drawBand(context: CanvasRenderingContext2D, band: FrameBand, top: number): void {
  for (const s of band.swatches) {
    context.fillStyle = s.hollow ? '#FFFFFF' : s.color;
    context.beginPath();
    context.arc(s.x + s.size / 2, top + s.y + s.size / 2, s.size / 2, 0, 2 * Math.PI);
    context.fill();
    if (s.hollow) {
      // "No record": a dashed ring, as on the canvas.
      context.strokeStyle = s.color;
      context.lineWidth = s.size / 8;
      context.setLineDash([s.size / 6, s.size / 6]);
      context.stroke();
      context.setLineDash([]);
    }
  }
  context.fillStyle = '#111827';
  for (const t of band.texts) {
    context.font = `${t.bold ? 'bold ' : ''}${t.size}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
    context.fillText(t.text, t.x, top + t.y);
  }
}

/**
 * The whole graph as a PNG at `scale` times its size on the layout, inside its frame (title,
 * details, legend, attribution) when one is given. Over a map, the land goes on the canvas first,
 * in the graph's coordinates, and Cytoscape's drawing (with a transparent background) over it,
 * so each state sits on its place on the map. A large view's lines, which Cytoscape leaves to the
 * edge layer, are stroked the same way, over the land and under the nodes.
 * @example const blob = await writePng(drawing, { scale: 2, map: { land, graticule }, frame });
 */
export async function writePng(
  drawing: Drawing,
  options: { scale: number; map?: MapPaths; frame?: ExportFrame },
): Promise<Blob> {
  const { scale, map, frame } = options;
  const { cy } = drawing;
  const beneath = edgesBeneath(drawing);
  if (!map && !frame && beneath.length === 0)
    return cy.png({ output: 'blob-promise', full: true, scale, bg: BACKGROUND });
  const graph = await createImageBitmap(
    await cy.png({ output: 'blob-promise', full: true, scale }),
  );
  const width = Math.max(graph.width, frame ? frameWidth(frame, scale) : 0);
  const bands = frame ? frameLayout(frame, width, scale) : null;
  const top = Math.ceil(bands?.header.height ?? 0);
  const left = Math.floor((width - graph.width) / 2);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(top + graph.height + (bands?.footer.height ?? 0));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser has no 2D canvas to draw the PNG on');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // Cytoscape draws from the corner of the elements' bounding box at `scale` times the device
  // pixel ratio, its image ceil(box width) units wide: that width gives the factor exactly.
  const box = cy.elements().boundingBox();
  const k = graph.width / Math.ceil(box.w);
  const transform = new DOMMatrix([k, 0, 0, k, left - box.x1 * k, top - box.y1 * k]);
  if (map) drawMap(context, map, transform);
  if (beneath.length > 0) {
    context.setTransform(transform);
    strokeSegments(context, segmentsOf(beneath, nodePositions(cy), drawing.edgeClasses));
    context.resetTransform();
  }
  context.drawImage(graph, left, top);
  if (bands) {
    drawBand(context, bands.header, 0);
    drawBand(context, bands.footer, top + graph.height);
  }
  graph.close();
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    );
  });
}
