import { describe, expect, it } from 'vitest';
import { buildCoSignatureNetwork } from './co-signature-network';
import { coalitionId, detectCommunities } from './communities';

const signed = (id: string, codes: string[]) => ({
  declaration: { id },
  signatories: codes.map((code) => ({ code })),
});

const network = buildCoSignatureNetwork([
  signed('d1', ['A', 'B', 'C']),
  signed('d2', ['A', 'B', 'C']),
  signed('d3', ['X', 'Y', 'Z']),
  signed('d4', ['X', 'Y', 'Z']),
  signed('d5', ['C', 'X']),
  signed('d6', ['Q']),
]);

describe('the co-signature network', () => {
  it('weighs each pair by shared declarations and leaves lone signers out', () => {
    expect(network.edges.find((e) => e.source === 'A' && e.target === 'B')).toEqual({
      source: 'A',
      target: 'B',
      weight: 2,
      declarations: ['d1', 'd2'],
    });
    expect([...network.states.keys()].sort()).toEqual(['A', 'B', 'C', 'X', 'Y', 'Z']);
  });
});

describe('detectCommunities', () => {
  const detect = (resolution?: number) =>
    detectCommunities({ nodes: [...network.states.keys()], edges: network.edges }, { resolution });

  it('separates the two triangles, cohesion being the internal share of weight', () => {
    expect(detect()).toEqual([
      {
        id: coalitionId(['A', 'B', 'C']),
        members: ['A', 'B', 'C'],
        internalWeight: 6,
        externalWeight: 1,
        cohesion: 6 / 7,
      },
      {
        id: coalitionId(['X', 'Y', 'Z']),
        members: ['X', 'Y', 'Z'],
        internalWeight: 6,
        externalWeight: 1,
        cohesion: 6 / 7,
      },
    ]);
  });

  it('gives the same answer every time, whatever the node order', () => {
    const reversed = detectCommunities({
      nodes: [...network.states.keys()].reverse(),
      edges: network.edges,
    });
    expect(reversed).toEqual(detect());
  });

  it('ids depend on the member set only', () => {
    expect(coalitionId(['B', 'A'])).toBe(coalitionId(['A', 'B']));
    expect(coalitionId(['A', 'B'])).toMatch(/^coalition-[0-9a-f]{12}$/);
    expect(coalitionId(['A', 'C'])).not.toBe(coalitionId(['A', 'B']));
  });

  it('gives isolated nodes cohesion 0', () => {
    expect(detectCommunities({ nodes: ['Q'], edges: [] })).toEqual([
      { id: coalitionId(['Q']), members: ['Q'], internalWeight: 0, externalWeight: 0, cohesion: 0 },
    ]);
  });
});
