import { describe, expect, it } from 'vitest';
import { createEdgeIndex } from './edge-index';

const edge = (id: string, source: string, target: string) => ({
  data: { id, source, target, kind: 'SIGNED' as const },
});

describe('createEdgeIndex', () => {
  const edges = [edge('a', 'LAO', 'd1'), edge('b', 'THA', 'd1'), edge('c', 'LAO', 'd2')];

  it("finds a node's edges in the view's order, and an edge by id", () => {
    const index = createEdgeIndex(edges);
    expect(index.touching('LAO')).toEqual([edges[0], edges[2]]);
    expect(index.touching('d1')).toEqual([edges[0], edges[1]]);
    expect(index.touching('nowhere')).toEqual([]);
    expect(index.edge('b')).toBe(edges[1]);
    expect(index.edge('z')).toBeUndefined();
  });

  it('counts degree as Cytoscape does, a loop twice', () => {
    const index = createEdgeIndex([...edges, edge('l', 'LAO', 'LAO')]);
    expect(index.degree('LAO')).toBe(4);
    expect(index.touching('LAO')).toHaveLength(3);
    expect(index.degree('THA')).toBe(1);
    expect(index.degree('nowhere')).toBe(0);
  });
});
