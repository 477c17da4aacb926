import type { Core } from 'cytoscape';
import { MAP_STYLE, type MapPaths } from '../graph/map-style';

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

/**
 * The whole graph as a PNG at `scale` times its size on the layout. Over a map, the land goes
 * on a canvas of the same size first, in the same coordinates, and Cytoscape's drawing (with a
 * transparent background) over it, so each state sits on its place on the map.
 * @example const blob = await writePng(cy, { scale: 2, map: { land, graticule } });
 */
export async function writePng(
  cy: Core,
  options: { scale: number; map?: MapPaths },
): Promise<Blob> {
  const { scale, map } = options;
  if (!map) return cy.png({ output: 'blob-promise', full: true, scale, bg: BACKGROUND });
  const graph = await createImageBitmap(
    await cy.png({ output: 'blob-promise', full: true, scale }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = graph.width;
  canvas.height = graph.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser has no 2D canvas to draw the PNG on');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // Cytoscape draws from the corner of the elements' bounding box at `scale` times the device
  // pixel ratio, its image ceil(box width) units wide: that width gives the factor exactly.
  const box = cy.elements().boundingBox();
  const k = graph.width / Math.ceil(box.w);
  drawMap(context, map, new DOMMatrix([k, 0, 0, k, -box.x1 * k, -box.y1 * k]));
  context.drawImage(graph, 0, 0);
  graph.close();
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    );
  });
}
