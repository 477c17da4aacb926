import { IMPORT_FORMAT } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import { describe, expect, it } from 'vitest';
import { mergeDeclarations } from './merge-declarations';
import type { Citations, KnownDeclaration } from './merge-declarations';

function report(options: { id: string; title: string; source: string; states: string[] }) {
  const { id, title, source, states } = options;
  const document: ImportDocument = {
    format: IMPORT_FORMAT,
    nodes: {
      Source: [{ id: source, publisher: source }],
      Declaration: [{ id, title, adoptedOn: '2025-07-30', occasion: `told by ${source}` }],
    },
    relationships: [
      { type: 'REPORTED_IN', from: id, to: source },
      ...states.map((s) => ({
        type: 'SIGNED',
        from: s,
        to: id,
        source,
        quote: `${s} in ${source}`,
      })),
      { type: 'REFERENCES', from: id, to: 'untoc', source },
    ],
  };
  return document;
}

const first = report({
  id: '2025-07-30-human-trafficking-is-organized-crime',
  title: 'Human Trafficking is Organized Crime',
  source: 'src-belta',
  states: ['BLR', 'RUS', 'LAO', 'BOL'],
});
const second = report({
  id: '2025-07-30-human-trafficking-is-organised-crime',
  title: 'Human trafficking is organised crime',
  source: 'src-tass',
  states: ['BLR', 'RUS', 'LAO', 'VEN'],
});

describe('mergeDeclarations', () => {
  const state = { known: [] as KnownDeclaration[], citations: new Map() as Citations };
  const a = mergeDeclarations({ file: 'belta.txt', document: first, state });
  const b = mergeDeclarations({ file: 'tass.txt', document: second, state });

  it('leaves the first report of a declaration as it is', () => {
    expect(a).toEqual({ document: first, merges: [] });
  });

  it('joins a near-duplicate to the first: its id, a second REPORTED_IN, no second node', () => {
    expect(b.merges).toEqual([
      expect.objectContaining({
        file: 'tass.txt',
        into: first.nodes.Declaration?.[0]?.id,
        origin: 'belta.txt',
      }),
    ]);
    const id = String(first.nodes.Declaration?.[0]?.id);
    expect(b.document.relationships.every((r) => r.from === id || r.to === id)).toBe(true);
    expect(b.document.relationships).toContainEqual({
      type: 'REPORTED_IN',
      from: id,
      to: 'src-tass',
    });
    // The first report's title and occasion stand; nothing is missing, so only the id is left.
    expect(b.document.nodes.Declaration).toEqual([{ id }]);
  });

  it('keeps the first citation of a shared fact and adds the new ones', () => {
    const signed = b.document.relationships.filter((r) => r.type === 'SIGNED').map((r) => r.from);
    expect(signed).toEqual(['VEN']);
    expect(b.document.relationships.some((r) => r.type === 'REFERENCES')).toBe(false);
    expect(state.known[0]?.signatories).toEqual(new Set(['BLR', 'RUS', 'LAO', 'BOL', 'VEN']));
  });

  it('joins to a declaration of the database, filling only what it lacks', () => {
    const id = String(first.nodes.Declaration?.[0]?.id);
    const fromDatabase = {
      known: [
        {
          id,
          props: { id, title: 'Human Trafficking is Organized Crime', adoptedOn: '2025-07-30' },
          signatories: new Set(['BLR', 'RUS', 'LAO', 'BOL']),
          origin: 'the database',
        },
      ],
      citations: new Map([[`SIGNED BLR ${id}`, 'src-belta']]) as Citations,
    };
    const merged = mergeDeclarations({ file: 'tass.txt', document: second, state: fromDatabase });
    expect(merged.merges[0]).toMatchObject({ into: id, origin: 'the database' });
    expect(merged.document.nodes.Declaration).toEqual([{ id, occasion: 'told by src-tass' }]);
    const signed = merged.document.relationships
      .filter((r) => r.type === 'SIGNED')
      .map((r) => r.from);
    expect(signed).toEqual(['RUS', 'LAO', 'VEN']);
  });

  it('does not join reports of other days', () => {
    const other = structuredClone(second);
    const row = other.nodes.Declaration?.[0];
    if (row) row.adoptedOn = '2025-07-31';
    const fresh = { known: [] as KnownDeclaration[], citations: new Map() as Citations };
    mergeDeclarations({ file: 'belta.txt', document: first, state: fresh });
    expect(mergeDeclarations({ file: 'tass.txt', document: other, state: fresh }).merges).toEqual(
      [],
    );
  });
});
