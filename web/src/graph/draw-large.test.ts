import { describe, expect, it } from 'vitest';
import { viewportFor } from './draw-large';

const canvas = { width: 1000, height: 600, padding: 50, minZoom: 0.05, maxZoom: 4 };

describe('viewportFor', () => {
  it('fits the node centres, with room for a node, inside the padding and centres them', () => {
    const { zoom, pan } = viewportFor(
      [
        { x: -1000, y: 0 },
        { x: 1000, y: 400 },
      ],
      canvas,
    );
    // 2,060 model pixels across (a 30 px margin each side) into 900 rendered ones.
    expect(zoom).toBeCloseTo(900 / 2060, 6);
    // The centre (0, 200) lands in the middle of the canvas.
    expect(pan.x).toBeCloseTo(500, 6);
    expect(pan.y + zoom * 200).toBeCloseTo(300, 6);
  });

  it('keeps to the zoom limits', () => {
    expect(viewportFor([{ x: 0, y: 0 }], canvas).zoom).toBe(4);
    const far = viewportFor(
      [
        { x: 0, y: 0 },
        { x: 1e6, y: 0 },
      ],
      canvas,
    );
    expect(far.zoom).toBe(0.05);
  });

  it('leaves an empty view at zoom 1, origin in the middle', () => {
    expect(viewportFor([], canvas)).toEqual({ zoom: 1, pan: { x: 500, y: 300 } });
  });
});
