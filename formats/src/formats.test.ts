import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { ExchangeView } from './exchange-view';
import { writeEdgesCsv, writeGexf, writeGraphml, writeNodesCsv, writeViewJson } from './index';

const view: ExchangeView = {
  nodes: [
    {
      id: 'LAO',
      kind: 'State',
      label: "Lao People's Democratic Republic",
      data: { region: 'Asia', unMember: true, aliases: ['Laos', 'Lao PDR'], latitude: 18.5 },
      x: 10.5,
      y: -3,
      color: '#1f77b4',
    },
    { id: 'RUS', kind: 'State', label: 'Russia & <friends>', data: { region: 'Europe' } },
    {
      id: 'decl-1',
      kind: 'Declaration',
      label: '=HYPERLINK("x")',
      data: {
        adoptedOn: '2025-07-30',
        source: { publisher: 'MFA', url: 'https://e.org/a?b=1&c=2' },
      },
    },
  ],
  edges: [
    {
      id: 'e1',
      kind: 'SIGNED',
      source: 'LAO',
      target: 'decl-1',
      weight: 1,
      data: { quote: 'Lao PDR, "and"' },
    },
    { id: 'e2', kind: 'SIGNED', source: 'RUS', target: 'decl-1', weight: 2.5, data: {} },
    { id: 'e3', kind: 'CO_SIGNED', source: 'LAO', target: 'RUS', weight: 3, data: {} },
  ],
};

describe('graph exchange formats', () => {
  it('writes GraphML that graphology reads back with typed attributes', () => {
    const graph = parseGraphml(Graph, writeGraphml(view));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('LAO')).toMatchObject({
      label: "Lao People's Democratic Republic",
      kind: 'State',
      region: 'Asia',
      unMember: true,
      aliases: 'Laos; Lao PDR',
      latitude: 18.5,
      x: 10.5,
      y: -3,
      color: '#1f77b4',
    });
    expect(graph.getNodeAttribute('RUS', 'label')).toBe('Russia & <friends>');
    expect(graph.getNodeAttribute('decl-1', 'source.url')).toBe('https://e.org/a?b=1&c=2');
    expect(graph.getEdgeAttributes('e2')).toMatchObject({ kind: 'SIGNED', weight: 2.5 });
    expect(graph.source('e3')).toBe('LAO');
    expect(graph.target('e3')).toBe('RUS');
  });

  it('writes GEXF 1.3 that graphology reads back with positions and colours', () => {
    const text = writeGexf(view);
    expect(text).toContain('version="1.3"');
    const graph = parseGexf(Graph, text);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('LAO')).toMatchObject({
      label: "Lao People's Democratic Republic",
      x: 10.5,
      y: -3,
    });
    expect(graph.getNodeAttribute('RUS', 'label')).toBe('Russia & <friends>');
    expect(graph.getEdgeAttribute('e3', 'weight')).toBe(3);
  });

  it('writes GEXF edges with their time spells, so Gephi plays the timeline', () => {
    const dated: ExchangeView = {
      ...view,
      edges: view.edges.map((edge, i) =>
        i === 0
          ? { ...edge, start: '2003-09-26', end: '2020-01-01' }
          : i === 1
            ? { ...edge, start: '2025-07-30' }
            : edge,
      ),
    };
    const text = writeGexf(dated);
    expect(text).toContain('mode="dynamic" timeformat="date" timerepresentation="interval"');
    const spells = [...text.matchAll(/<edge\s([^>]*)>/g)].map(([, attributes]) => ({
      id: /id="([^"]*)"/.exec(attributes ?? '')?.[1],
      start: /start="([^"]*)"/.exec(attributes ?? '')?.[1],
      end: /end="([^"]*)"/.exec(attributes ?? '')?.[1],
    }));
    expect(spells).toEqual([
      { id: 'e1', start: '2003-09-26', end: '2020-01-01' },
      { id: 'e2', start: '2025-07-30', end: undefined },
      { id: 'e3', start: undefined, end: undefined },
    ]);
    expect(parseGexf(Graph, text).size).toBe(3);
    expect(writeGexf(view)).not.toContain('mode="dynamic"');
  });

  it('writes CSV with Gephi headers, RFC 4180 quoting and formula cells neutralised', () => {
    const nodes = writeNodesCsv(view).split('\r\n');
    expect(nodes[0]).toBe(
      'Id,Label,Kind,adoptedOn,aliases,color,latitude,region,source.publisher,source.url,unMember,x,y',
    );
    expect(nodes[1]).toBe(
      "LAO,Lao People's Democratic Republic,State,,Laos; Lao PDR,#1f77b4,18.5,Asia,,,true,10.5,-3",
    );
    expect(nodes[3]).toBe(
      `decl-1,"'=HYPERLINK(""x"")",Declaration,2025-07-30,,,,,MFA,https://e.org/a?b=1&c=2,,,`,
    );
    const edges = writeEdgesCsv(view).split('\r\n');
    expect(edges[0]).toBe('Id,Source,Target,Type,Kind,Weight,quote');
    expect(edges[1]).toBe('e1,LAO,decl-1,Directed,SIGNED,1,"Lao PDR, ""and"""');
    expect(edges[2]).toBe('e2,RUS,decl-1,Directed,SIGNED,2.5,');
  });

  it('keeps a data property that collides with a reserved name instead of overwriting it', () => {
    const graph = parseGraphml(
      Graph,
      writeGraphml({
        nodes: [{ id: 'a', kind: 'X', label: 'A', data: { label: 'other', x: 5 } }],
        edges: [],
      }),
    );
    expect(graph.getNodeAttributes('a')).toMatchObject({
      label: 'A',
      'data.label': 'other',
      'data.x': 5,
    });
  });

  it('drops characters XML cannot carry rather than writing an unreadable file', () => {
    const text = writeGraphml({
      nodes: [{ id: 'a', kind: 'X', label: 'bad\u0001name', data: {} }],
      edges: [],
    });
    expect(parseGraphml(Graph, text).getNodeAttribute('a', 'label')).toBe('badname');
  });

  it('writes the view as JSON with nested data intact', () => {
    expect(JSON.parse(writeViewJson(view))).toEqual(JSON.parse(JSON.stringify(view)));
  });
});
