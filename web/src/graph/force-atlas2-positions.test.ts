import { describe, expect, it } from 'vitest';
import { createCoSignatureElements } from './co-signature-elements';
import type { CorpusDeclaration } from './elements';
import { forceAtlas2Positions } from './force-atlas2-positions';

/** Two blocs of ten states, each signing its own declarations, and one bridge state. */
function twoBlocs(): CorpusDeclaration[] {
  const state = (code: string) => ({
    code,
    name: code,
    region: null,
    subregion: null,
    latitude: null,
    longitude: null,
  });
  const bloc = (prefix: string) => Array.from({ length: 10 }, (_, i) => state(`${prefix}${i}`));
  const declaration = (id: string, signatories: ReturnType<typeof state>[]): CorpusDeclaration => ({
    id,
    title: id,
    adoptedOn: null,
    signatories,
    references: [],
    nonStateSignatories: [],
    organizations: [],
    sources: [],
  });
  return [
    declaration('a1', bloc('A')),
    declaration('a2', bloc('A')),
    declaration('b1', bloc('B')),
    declaration('bridge', [state('A0'), state('B0')]),
  ];
}

describe('forceAtlas2Positions', () => {
  const elements = createCoSignatureElements(twoBlocs());
  const positions = forceAtlas2Positions(elements);
  const distance = (a: string, b: string): number => {
    const p = positions[a];
    const q = positions[b];
    if (!p || !q) throw new Error(`no position for ${a} or ${b}`);
    return Math.hypot(p.x - q.x, p.y - q.y);
  };

  it('places every node at a finite position', () => {
    expect(Object.keys(positions).sort()).toEqual(elements.nodes.map((n) => n.data.id).sort());
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('keeps a bloc together and apart from the other', () => {
    expect(distance('A3', 'A4')).toBeLessThan(distance('A3', 'B4'));
    expect(distance('B3', 'B4')).toBeLessThan(distance('B3', 'A4'));
  });

  it('scales the drawing to about 70 px a node along its longer side', () => {
    const xs = Object.values(positions).map((p) => p.x);
    const ys = Object.values(positions).map((p) => p.y);
    const longer = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(longer).toBeCloseTo(Math.sqrt(elements.nodes.length) * 70, 5);
  });

  it('gives the same positions for the same elements', () => {
    expect(forceAtlas2Positions(elements)).toEqual(positions);
  });
});
