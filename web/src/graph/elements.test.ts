import { describe, expect, it } from 'vitest';
import { sharedNeighbours, traffickingStatement } from '../test-fixtures/corpus';
import { createCorpusElements, shortenLabel } from './elements';

const ids = (items: { data: { id: string } }[]): string[] => items.map(({ data }) => data.id);

describe('createCorpusElements', () => {
  it('draws a declaration as a hub with its states, instruments and organizations', () => {
    const { nodes, edges } = createCorpusElements([traffickingStatement]);
    expect(ids(nodes)).toEqual([
      'BLR',
      'BOL',
      'LAO',
      'NGA',
      'decl-trafficking-2025',
      'global-plan-of-action',
      'palermo-protocol',
      'unodc',
      'untoc',
    ]);
    expect(edges.map(({ data }) => [data.kind, data.source, data.target])).toEqual([
      ['REFERENCES', 'decl-trafficking-2025', 'global-plan-of-action'],
      ['REFERENCES', 'decl-trafficking-2025', 'palermo-protocol'],
      ['REFERENCES', 'decl-trafficking-2025', 'untoc'],
      ['SIGNED', 'BLR', 'decl-trafficking-2025'],
      ['SIGNED', 'BOL', 'decl-trafficking-2025'],
      ['SIGNED', 'LAO', 'decl-trafficking-2025'],
      ['SIGNED', 'NGA', 'decl-trafficking-2025'],
      ['SUPPLEMENTS', 'palermo-protocol', 'untoc'],
      ['SUPPORTS', 'decl-trafficking-2025', 'unodc'],
    ]);
  });

  it('carries what the stylesheet and panels select on', () => {
    const { nodes } = createCorpusElements([traffickingStatement]);
    const byId = new Map(nodes.map(({ data }) => [data.id, data]));
    expect(byId.get('LAO')).toEqual({
      id: 'LAO',
      kind: 'State',
      key: 'LAO',
      label: 'Laos',
      name: 'Laos',
      region: 'Asia',
      latitude: 18,
      longitude: 105,
    });
    expect(byId.get('palermo-protocol')).toMatchObject({
      label: 'Palermo Protocol',
      name: expect.stringMatching(/^Protocol to Prevent/) as unknown,
    });
    expect(byId.get('global-plan-of-action')?.label).toMatch(/^United Nations Global.*…$/);
    expect(byId.get('unodc')).toMatchObject({ label: 'UNODC', acronym: 'UNODC' });
  });

  it('draws shared neighbours once and colours unrecorded regions as Unknown', () => {
    const { nodes, edges } = createCorpusElements([traffickingStatement, sharedNeighbours]);
    expect(ids(nodes).filter((id) => id === 'BLR')).toHaveLength(1);
    expect(ids(nodes).filter((id) => id === 'untoc')).toHaveLength(1);
    expect(ids(edges)).toContain('SIGNED:BLR->decl-synthetic');
    expect(nodes.find(({ data }) => data.id === 'XKX')?.data.region).toBe('Unknown');
    const icat = nodes.find(({ data }) => data.id === 'icat')?.data;
    expect(icat?.acronym).toBeUndefined();
    expect(icat?.label.endsWith('…')).toBe(true);
  });

  it('gives unique edge ids and only edges between drawn nodes', () => {
    const { nodes, edges } = createCorpusElements([traffickingStatement, sharedNeighbours]);
    const nodeIds = new Set(ids(nodes));
    expect(new Set(ids(edges)).size).toBe(edges.length);
    for (const { data } of edges) {
      expect(nodeIds.has(data.source) && nodeIds.has(data.target)).toBe(true);
    }
  });

  it('keys nodes by kind, prefixing an id only when another kind already took it', () => {
    const clash = {
      ...sharedNeighbours,
      organizations: [{ id: 'untoc', name: 'A body', acronym: null }],
    };
    const { nodes, edges } = createCorpusElements([traffickingStatement, clash]);
    const untoc = nodes
      .filter(({ data }) => data.key === 'untoc')
      .map(({ data }) => [data.id, data.kind]);
    expect(untoc).toEqual([
      ['Organization:untoc', 'Organization'],
      ['untoc', 'Instrument'],
    ]);
    expect(ids(edges)).toContain('SUPPORTS:decl-synthetic->Organization:untoc');
    expect(ids(edges)).toContain('REFERENCES:decl-synthetic->untoc');
  });

  it('draws a non-state signatory as an organization that signed', () => {
    const { nodes, edges } = createCorpusElements([sharedNeighbours]);
    expect(nodes.find((n) => n.data.id === 'eu')?.data).toMatchObject({
      kind: 'Organization',
      label: 'EU',
      name: 'European Union',
    });
    expect(edges.find((e) => e.data.source === 'eu')?.data).toEqual({
      id: 'ORGANIZATION_SIGNED:eu->decl-synthetic',
      source: 'eu',
      target: 'decl-synthetic',
      kind: 'ORGANIZATION_SIGNED',
    });
  });

  it('is empty for an empty corpus', () => {
    expect(createCorpusElements([])).toEqual({ nodes: [], edges: [] });
  });
});

describe('shortenLabel', () => {
  it('keeps short labels and cuts long ones at a word', () => {
    expect(shortenLabel('UNTOC')).toBe('UNTOC');
    expect(
      shortenLabel('Human Trafficking is Organized Crime. It’s Time to End Exploitation'),
    ).toBe('Human Trafficking is Organized Crime. It’s Time…');
    expect(shortenLabel('a'.repeat(60), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
