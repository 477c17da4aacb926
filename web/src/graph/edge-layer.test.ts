import { describe, expect, it } from 'vitest';
import { segmentsOf, strokeSegments, type LineContext, type Segment } from './edge-layer';

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
  it("joins each edge's nodes, styled by its type and the view's classes", () => {
    const positions = new Map([
      ['LAO', { x: 1, y: 2 }],
      ['d', { x: 30, y: 40 }],
      ['u', { x: -5, y: 0 }],
    ]);
    const edges = [
      { data: { id: 'e', source: 'LAO', target: 'd', kind: 'SIGNED' as const } },
      { data: { id: 'r', source: 'd', target: 'u', kind: 'REFERENCES' as const } },
      // An end that is not drawn: no line.
      { data: { id: 'x', source: 'd', target: 'gone', kind: 'REFERENCES' as const } },
    ];
    expect(segmentsOf(edges, positions, ['on-map'])).toEqual([
      { x1: 1, y1: 2, x2: 30, y2: 40, color: '#9CA3AF', width: 1.5, opacity: 0.25, dashed: false },
      { x1: 30, y1: 40, x2: -5, y2: 0, color: '#374151', width: 2, opacity: 0.25, dashed: true },
    ]);
  });
});
