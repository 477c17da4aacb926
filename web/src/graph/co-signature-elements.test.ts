import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../test-fixtures/corpus';
import { createCoSignatureElements } from './co-signature-elements';
import type { CorpusDeclaration } from './elements';

const [blr, , lao] = traffickingStatement.signatories;
const second: CorpusDeclaration = {
  ...traffickingStatement,
  id: 'decl-second',
  title: 'Second statement',
  signatories: [blr, lao].flatMap((s) => s ?? []),
};

describe('createCoSignatureElements', () => {
  it('joins every pair of co-signatories, weighted by their shared declarations', () => {
    const { nodes, edges } = createCoSignatureElements([traffickingStatement, second]);
    expect(nodes.map((n) => n.data.id)).toEqual(['BLR', 'BOL', 'LAO', 'NGA']);
    expect(edges).toHaveLength(6);
    const blrLao = edges.find((e) => e.data.id === 'CO_SIGNED:BLR--LAO')?.data;
    expect(blrLao).toMatchObject({ source: 'BLR', target: 'LAO', weight: 2 });
    expect(blrLao?.shared).toEqual(['decl-trafficking-2025', 'decl-second']);
    expect(blrLao?.label).toMatch(/^Belarus and Laos signed 2 declarations together: /);
    expect(edges.find((e) => e.data.id === 'CO_SIGNED:BOL--NGA')?.data.weight).toBe(1);
  });

  it('names the five newest shared declarations on hover and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...second, id: `d${i}`, title: `T${i}` }));
    const edge = createCoSignatureElements(many).edges[0]?.data;
    expect(edge?.weight).toBe(8);
    expect(edge?.shared).toHaveLength(8);
    expect(edge?.label).toBe(
      'Belarus and Laos signed 8 declarations together: T0; T1; T2; T3; T4; and 3 more',
    );
  });

  it('keeps coordinates for the geographic layout', () => {
    const withPlace: CorpusDeclaration = {
      ...second,
      signatories: [
        {
          code: 'BOL',
          name: 'Bolivia',
          region: 'Americas',
          subregion: null,
          latitude: -17,
          longitude: -65,
        },
      ],
    };
    const [node] = createCoSignatureElements([withPlace]).nodes;
    expect(node?.data).toMatchObject({ latitude: -17, longitude: -65 });
  });

  it('draws nothing from no declarations', () => {
    expect(createCoSignatureElements([])).toEqual({ nodes: [], edges: [] });
  });
});
