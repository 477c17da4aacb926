import { describe, expect, it } from 'vitest';
import type { GraphElements } from './elements';
import { incrementalPositions } from './incremental-positions';

const node = (id: string) => ({
  data: { id, kind: 'State' as const, key: id, label: id, name: id },
});
const edge = (source: string, target: string) => ({
  data: { id: `SIGNED:${source}->${target}`, source, target, kind: 'SIGNED' as const },
});
const drawn = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 } };

describe('incremental positions', () => {
  it('keeps drawn nodes in place and puts new ones near the node they join', () => {
    const elements: GraphElements = {
      nodes: ['a', 'b', 'c', 'd'].map(node),
      edges: [edge('a', 'b'), edge('c', 'b')],
    };
    const positions = incrementalPositions(drawn, elements);
    expect(positions?.a).toEqual(drawn.a);
    expect(positions?.b).toEqual(drawn.b);
    const c = positions?.c ?? { x: NaN, y: NaN };
    expect(Math.hypot(c.x - 100, c.y)).toBeCloseTo(90);
    expect(positions?.d).toBeDefined();
  });

  it('lays out afresh when more nodes come than an expansion adds', () => {
    const many = Array.from({ length: 20 }, (_, i) => node(`n${i}`));
    expect(
      incrementalPositions(drawn, { nodes: [node('a'), node('b'), ...many], edges: [] }),
    ).toBeNull();
  });

  it('lays out afresh when a drawn node is gone or nothing is drawn', () => {
    expect(incrementalPositions(drawn, { nodes: [node('a')], edges: [] })).toBeNull();
    expect(incrementalPositions({}, { nodes: [node('a')], edges: [] })).toBeNull();
  });
});
