import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { edgesBeneath, nodePositions } from './drawing';
import { createStylesheet } from './stylesheet';

describe('a drawing', () => {
  it("leaves beneath Cytoscape the view's edges it does not hold or hides", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: createStylesheet({ large: true }),
    });
    const edges = ['e1', 'e2', 'e3'].map((id) => ({
      data: { id, source: 'LAO', target: 'd', kind: 'SIGNED' as const },
    }));
    try {
      cy.add([
        { data: { id: 'LAO', kind: 'State' }, position: { x: 1, y: 2 } },
        { data: { id: 'd', kind: 'Declaration' }, position: { x: 3, y: 4 } },
      ]);
      // The selection's edges: drawn while highlighted, hidden when an export lifts it.
      cy.add(edges.slice(0, 2));
      cy.getElementById('e1').addClass('highlighted');
      const drawing = { cy, edges, edgeClasses: [] };
      expect(edgesBeneath(drawing).map(({ data }) => data.id)).toEqual(['e2', 'e3']);
      expect(Object.fromEntries(nodePositions(cy))).toEqual({
        LAO: { x: 1, y: 2 },
        d: { x: 3, y: 4 },
      });
    } finally {
      cy.destroy();
    }
  });
});
