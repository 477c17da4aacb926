import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { NODE_KINDS, RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from './kinds';
import { REGION_COLORS, REGION_KEYS } from './regions';
import {
  createStylesheet,
  EDGE_STYLES,
  NODE_STYLES,
  type EdgeStyle,
  type NodeStyle,
} from './stylesheet';

const selectors = createStylesheet().map((block) => block.selector);

describe('stylesheet', () => {
  it('styles every node kind and relationship type, and fills nodes with their view colour', () => {
    for (const kind of NODE_KINDS) expect(selectors).toContain(`node[kind = "${kind}"]`);
    for (const rel of RELATIONSHIP_TYPES) expect(selectors).toContain(`edge[kind = "${rel}"]`);
    expect(selectors).toContain('node[color]');
  });

  it('has no style for a kind or type that does not exist', () => {
    expect(Object.keys(NODE_STYLES).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(EDGE_STYLES).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('tells relationships apart without colour, and node kinds by shape', () => {
    const looks = RELATIONSHIP_TYPES.map((rel) => {
      const { lineStyle, width, arrow } = EDGE_STYLES[rel];
      return `${lineStyle} ${width} ${arrow}`;
    });
    expect(new Set(looks).size).toBe(RELATIONSHIP_TYPES.length);
    // Co-signature and vote edges are each alone in their view: they need no arrow of their own.
    const drawnTogether = RELATIONSHIP_TYPES.filter(
      (rel) => rel !== 'CO_SIGNED' && rel !== 'VOTED_WITH',
    );
    const arrows = drawnTogether.map((rel) => EDGE_STYLES[rel].arrow);
    expect(new Set(arrows).size).toBe(drawnTogether.length);
    const shapes = NODE_KINDS.map((kind) => NODE_STYLES[kind].shape);
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
  });

  it.each([false, true])('is accepted by Cytoscape without a warning (large: %s)', (large) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: createStylesheet({ large }),
    });
    try {
      expect(warn.mock.calls).toEqual([]);
    } finally {
      cy.destroy();
      warn.mockRestore();
    }
  });

  it('draws a large view with straight edges beneath, and hides labels too small to read', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: createStylesheet({ large: true }),
      elements: [
        { data: { id: 'LAO', kind: 'State', label: 'Laos' } },
        { data: { id: 'd', kind: 'Declaration', label: 'D' } },
        { data: { id: 'e', source: 'LAO', target: 'd', kind: 'SIGNED' } },
      ],
    });
    try {
      expect(cy.getElementById('e').style('curve-style')).toBe('haystack');
      expect(cy.getElementById('LAO').style('min-zoomed-font-size')).toBe('10px');
      // Its lines go to the edge layer, except the selection's.
      expect(cy.getElementById('e').style('display')).toBe('none');
      cy.getElementById('e').addClass('highlighted');
      expect(cy.getElementById('e').style('display')).toBe('element');
      const small = cytoscape({ headless: true, styleEnabled: true, style: createStylesheet() });
      small.add(cy.elements().jsons() as never);
      expect(small.getElementById('e').style('curve-style')).toBe('bezier');
      small.destroy();
    } finally {
      cy.destroy();
    }
  });

  it('gives every region its own colour', () => {
    expect(new Set(Object.values(REGION_COLORS)).size).toBe(REGION_KEYS.length);
  });

  it('fails type-checking when a kind or type has no style', () => {
    // @ts-expect-error Organization is missing: the map must be exhaustive.
    const nodes: Record<NodeKind, NodeStyle> = {
      Declaration: NODE_STYLES.Declaration,
      State: NODE_STYLES.State,
      Instrument: NODE_STYLES.Instrument,
    };
    // @ts-expect-error CO_SIGNED is missing: the map must be exhaustive.
    const edges: Record<RelationshipType, EdgeStyle> = {
      SIGNED: EDGE_STYLES.SIGNED,
      ORGANIZATION_SIGNED: EDGE_STYLES.ORGANIZATION_SIGNED,
      REFERENCES: EDGE_STYLES.REFERENCES,
      SUPPORTS: EDGE_STYLES.SUPPORTS,
      SUPPLEMENTS: EDGE_STYLES.SUPPLEMENTS,
      PARTY_TO: EDGE_STYLES.PARTY_TO,
    };
    expect([nodes, edges]).toHaveLength(2);
  });
});
