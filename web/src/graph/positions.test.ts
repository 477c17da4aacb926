import { describe, expect, it } from 'vitest';
import type { GraphElements } from './elements';
import { bandColumns, bandPositions, geographicPositions } from './positions';

const elements: GraphElements = {
  nodes: [
    {
      data: {
        id: 'LAO',
        kind: 'State',
        key: 'LAO',
        label: 'Laos',
        name: 'Laos',
        latitude: 18,
        longitude: 105,
      },
    },
    {
      data: {
        id: 'BOL',
        kind: 'State',
        key: 'BOL',
        label: 'Bolivia',
        name: 'Bolivia',
        latitude: -17,
        longitude: -65,
      },
    },
    { data: { id: 'XKX', kind: 'State', key: 'XKX', label: 'Kosovo', name: 'Kosovo' } },
    {
      data: { id: 'decl', kind: 'Declaration', key: 'decl', label: 'Statement', name: 'Statement' },
    },
    { data: { id: 'lonely', kind: 'Instrument', key: 'lonely', label: 'Lonely', name: 'Lonely' } },
  ],
  edges: [
    { data: { id: 'e1', source: 'LAO', target: 'decl', kind: 'SIGNED' } },
    { data: { id: 'e2', source: 'BOL', target: 'decl', kind: 'SIGNED' } },
    { data: { id: 'e3', source: 'XKX', target: 'decl', kind: 'SIGNED' } },
  ],
};

describe('geographicPositions', () => {
  const positions = geographicPositions(elements);

  it('puts states at their coordinates, north up and east right', () => {
    expect(positions.LAO).toEqual({ x: 420, y: -72 });
    expect(positions.BOL).toEqual({ x: -260, y: 68 });
  });

  it('puts other nodes above the mean of their placed neighbours', () => {
    expect(positions.decl).toEqual({ x: 80, y: -122 });
  });

  it('lines up what has no place under the map, states without coordinates included', () => {
    expect(positions.XKX).toEqual({ x: -720, y: 480 });
    expect(positions.lonely).toEqual({ x: -610, y: 480 });
  });
});

describe('bandPositions', () => {
  const state = (id: string, colorLabel: string) => ({
    data: { id, kind: 'State' as const, key: id, label: id, name: id, colorLabel },
  });
  const banded: GraphElements = {
    nodes: [
      { data: { id: 'A', kind: 'Declaration', key: 'A', label: 'A', name: 'A' } },
      { data: { id: 'B', kind: 'Instrument', key: 'B', label: 'B', name: 'B' } },
      state('ERI', 'Only A'),
      state('LAO', 'Both'),
      state('BOL', 'Both'),
      state('FRA', 'Only B'),
    ],
    edges: [
      { data: { id: 'e1', source: 'ERI', target: 'A', kind: 'SIGNED' } },
      { data: { id: 'e2', source: 'LAO', target: 'A', kind: 'SIGNED' } },
      { data: { id: 'e3', source: 'LAO', target: 'B', kind: 'PARTY_TO' } },
      { data: { id: 'e4', source: 'FRA', target: 'B', kind: 'PARTY_TO' } },
    ],
  };
  const positions = bandPositions(banded, ['Only A', 'Both', 'Only B']);
  const x = (id: string) => positions[id]?.x ?? Number.NaN;

  it('puts each group in its own band, in the given order, names sorted', () => {
    expect(x('ERI')).toBeLessThan(x('BOL'));
    expect(x('BOL')).toBeLessThan(x('LAO'));
    expect(x('LAO')).toBeLessThan(x('FRA'));
    expect(positions.BOL?.y).toBe(positions.LAO?.y);
  });

  it('puts hubs in a row above, spread over the bands in the order of what they join', () => {
    expect(x('A')).toBe(-440);
    expect(x('B')).toBe(440);
    expect(positions.A?.y).toBeLessThan(0);
    expect(positions.B?.y).toBe(positions.A?.y);
  });

  it('widens a large band into a block about as wide as tall, apart from its neighbours', () => {
    const many: GraphElements = {
      nodes: [
        ...Array.from({ length: 190 }, (_, i) => state(`S${String(i).padStart(3, '0')}`, 'Both')),
        state('ERI', 'Only A'),
      ],
      edges: [],
    };
    const placed = bandPositions(many, ['Only A', 'Both']);
    const both = Object.entries(placed).filter(([id]) => id.startsWith('S'));
    const xs = new Set(both.map(([, p]) => p.x));
    const ys = new Set(both.map(([, p]) => p.y));
    expect(bandColumns(190)).toBe(11);
    expect(xs.size).toBe(11);
    expect(ys.size).toBe(18);
    expect(Math.min(...xs) - (placed.ERI?.x ?? 0)).toBeGreaterThan(110);
    expect(bandColumns(9)).toBe(3);
  });
});
