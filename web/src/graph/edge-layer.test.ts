import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { segmentsOf, strokeSegments, type LineContext, type Segment } from './edge-layer';
import { createStylesheet } from './stylesheet';

/** Records what a 2D context is asked to stroke: one entry per `stroke()`. */
function recorder(): LineContext & { strokes: { style: string; lines: number }[] } {
  let lines = 0;
  const strokes: { style: string; lines: number }[] = [];
  const context = {
    strokes,
    strokeStyle: '' as string | CanvasGradient | CanvasPattern,
    lineWidth: 0,
    globalAlpha: 1,
    dash: [] as number[],
    beginPath: () => {
      lines = 0;
    },
    moveTo: () => undefined,
    lineTo: () => {
      lines += 1;
    },
    setLineDash: (dash: number[]) => {
      context.dash = dash;
    },
    stroke: () => {
      const style = `${String(context.strokeStyle)} ${context.lineWidth} ${context.globalAlpha} ${context.dash.length > 0 ? 'dashed' : 'solid'}`;
      strokes.push({ style, lines });
    },
  };
  return context;
}

const line = (style: Partial<Segment>): Segment => ({
  x1: 0,
  y1: 0,
  x2: 10,
  y2: 10,
  color: '#9CA3AF',
  width: 1.5,
  opacity: 0.85,
  dashed: false,
  ...style,
});

describe('strokeSegments', () => {
  it('strokes one path per style, and leaves out lines that cannot be seen', () => {
    const context = recorder();
    strokeSegments(context, [
      line({}),
      line({ x2: 20 }),
      line({ color: '#374151', width: 2, dashed: true }),
      line({ opacity: 0 }),
      line({ x1: 5 }),
    ]);
    expect(context.strokes).toEqual([
      { style: '#9CA3AF 1.5 0.85 solid', lines: 3 },
      { style: '#374151 2 0.85 dashed', lines: 1 },
    ]);
    // The context is left as drawing code expects it.
    expect(context.globalAlpha).toBe(1);
  });
});

describe('segmentsOf', () => {
  it("reads each edge's ends and computed style", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: createStylesheet({ large: true }),
    });
    cy.add([
      { data: { id: 'LAO', kind: 'State', label: 'Laos' }, position: { x: 1, y: 2 } },
      { data: { id: 'd', kind: 'Declaration', label: 'D' }, position: { x: 30, y: 40 } },
      { data: { id: 'u', kind: 'Instrument', label: 'U' }, position: { x: -5, y: 0 } },
      { data: { id: 'e', source: 'LAO', target: 'd', kind: 'SIGNED' } },
      { data: { id: 'r', source: 'd', target: 'u', kind: 'REFERENCES' } },
    ]);
    try {
      expect(segmentsOf(cy.edges())).toEqual([
        {
          x1: 1,
          y1: 2,
          x2: 30,
          y2: 40,
          color: 'rgb(156,163,175)',
          width: 1.5,
          opacity: 0.85,
          dashed: false,
        },
        {
          x1: 30,
          y1: 40,
          x2: -5,
          y2: 0,
          color: 'rgb(55,65,81)',
          width: 2,
          opacity: 0.85,
          dashed: true,
        },
      ]);
    } finally {
      cy.destroy();
    }
  });
});
