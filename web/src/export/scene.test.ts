import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createStylesheet } from '../graph/stylesheet';
import { sceneOf } from './scene';

describe('sceneOf', () => {
  it("draws every edge of the view, those Cytoscape does not hold by the view's style", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: createStylesheet({ large: true }),
    });
    const signed = { data: { id: 's', source: 'LAO', target: 'd', kind: 'SIGNED' as const } };
    const cites = { data: { id: 'r', source: 'd', target: 'u', kind: 'REFERENCES' as const } };
    const edges = [signed, cites];
    try {
      cy.add([
        { data: { id: 'LAO', kind: 'State', label: 'Laos' }, position: { x: 0, y: 0 } },
        { data: { id: 'd', kind: 'Declaration', label: 'D' }, position: { x: 10, y: 20 } },
        { data: { id: 'u', kind: 'Instrument', label: 'U' }, position: { x: -30, y: 40 } },
      ]);
      // A large view holds only the selection's edges.
      cy.add(signed).addClass('on-map highlighted');
      const scene = sceneOf({ cy, edges, edgeClasses: ['on-map'] });
      expect(scene.nodes).toHaveLength(3);
      expect(scene.edges).toEqual([
        expect.objectContaining({ x1: 0, y1: 0, x2: 10, y2: 20, opacity: 1 }),
        {
          x1: 10,
          y1: 20,
          x2: -30,
          y2: 40,
          color: '#374151',
          width: 2,
          lineStyle: 'dashed',
          arrow: 'triangle',
          opacity: 0.25,
        },
      ]);
    } finally {
      cy.destroy();
    }
  });
});
