import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from './kinds';
import { edgeClassesOf, lineStyleOf, type EdgeClass } from './line-style';
import { createStylesheet } from './stylesheet';

const rgb = (hex: string): string => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
};

describe('edgeClassesOf', () => {
  it('fades lines under a map and hides those of a quiet view', () => {
    expect(edgeClassesOf({})).toEqual([]);
    expect(edgeClassesOf({ map: true, quiet: true })).toEqual(['on-map', 'quiet']);
  });
});

describe('lineStyleOf', () => {
  it("agrees with Cytoscape's computed style for every type, weight and class", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: createStylesheet({ large: true }),
    });
    const weights = [undefined, 0, 0.5, 0.8, 0.9, 1, 3, 10, 40];
    const classLists: EdgeClass[][] = [[], ['on-map'], ['quiet'], ['on-map', 'quiet']];
    try {
      cy.add([{ data: { id: 'a', kind: 'State' } }, { data: { id: 'b', kind: 'Declaration' } }]);
      let n = 0;
      for (const kind of RELATIONSHIP_TYPES) {
        for (const weight of weights) {
          for (const classes of classLists) {
            n += 1;
            const data = { id: `e${n}`, source: 'a', target: 'b', kind, weight };
            const edge = cy.add({ data, classes });
            const ours = lineStyleOf({ kind, weight }, classes);
            expect({
              ...ours,
              color: rgb(ours.color),
              width: Number(ours.width.toFixed(6)),
            }).toEqual({
              color: edge.style('line-color'),
              width: Number(Number.parseFloat(String(edge.style('width'))).toFixed(6)),
              opacity: Number(edge.style('opacity')),
              lineStyle: edge.style('line-style'),
              arrow: edge.style('target-arrow-shape'),
            });
          }
        }
      }
    } finally {
      cy.destroy();
    }
  });
});
