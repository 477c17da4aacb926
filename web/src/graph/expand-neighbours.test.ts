import { describe, expect, it } from 'vitest';
import { sharedNeighbours, traffickingStatement } from '../test-fixtures/corpus';
import { createCorpusElements } from './elements';
import { expandNeighbours } from './expand-neighbours';
import { filterDeclarations } from './filter-declarations';

const all = [traffickingStatement, sharedNeighbours];
const full = createCorpusElements(all);
const asiaOnly = createCorpusElements(
  filterDeclarations(all, {
    regions: ['Asia'],
    declaration: null,
    instrument: null,
    from: null,
    to: null,
  }),
);
const ids = (elements: { nodes: { data: { id: string } }[] }) =>
  elements.nodes.map((n) => n.data.id).sort();

describe('expandNeighbours', () => {
  it('brings back the neighbours the filters hid, with their edges to what is drawn', () => {
    const hub = traffickingStatement.id;
    const { elements, expansions } = expandNeighbours(asiaOnly, full, { ids: [hub] });
    expect(ids(elements)).toEqual(expect.arrayContaining(['BLR', 'BOL', 'LAO', 'NGA']));
    expect(elements.edges.map((e) => e.data.id)).toContain(`SIGNED:BLR->${hub}`);
    // Every edge between drawn nodes comes back, Belarus's to the other declaration too; Kosovo,
    // hidden and a neighbour of the other declaration only, stays out.
    expect(elements.edges.map((e) => e.data.id)).toContain('SIGNED:BLR->decl-synthetic');
    expect(ids(elements)).not.toContain('XKX');
    expect(expansions).toEqual([{ id: hub, name: traffickingStatement.title, added: 3, more: 0 }]);
  });

  it('adds the first few by name and counts the rest', () => {
    const { elements, expansions } = expandNeighbours(asiaOnly, full, {
      ids: [traffickingStatement.id],
      limit: 1,
    });
    expect(ids(elements)).toContain('BLR');
    expect(ids(elements)).not.toContain('NGA');
    expect(expansions[0]).toMatchObject({ added: 1, more: 2 });
  });

  it('adds a node that is not drawn, with its neighbours', () => {
    const { elements, expansions } = expandNeighbours(asiaOnly, full, { ids: ['XKX'] });
    expect(ids(elements)).toEqual(expect.arrayContaining(['XKX', 'decl-synthetic']));
    expect(elements.edges.map((e) => e.data.id)).toContain('SIGNED:XKX->decl-synthetic');
    expect(expansions[0]).toMatchObject({ id: 'XKX', name: 'Kosovo' });
  });

  it('ignores nodes unknown to the full graph and adds nothing when nothing is hidden', () => {
    expect(expandNeighbours(asiaOnly, full, { ids: ['nowhere'] }).expansions).toEqual([]);
    const { elements, expansions } = expandNeighbours(full, full, { ids: ['LAO'] });
    expect(elements.nodes).toHaveLength(full.nodes.length);
    expect(expansions[0]).toMatchObject({ added: 0, more: 0 });
  });
});
