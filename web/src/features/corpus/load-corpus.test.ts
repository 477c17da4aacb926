import { describe, expect, it } from 'vitest';
import type { Request } from '../../api/client';
import type { CorpusGraphQuery, CorpusGraphQueryVariables } from '../../api/generated/graphql';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { joinCorpus, loadCorpusRows, type CorpusWindow } from './load-corpus';
import { joinInstruments } from './reference';

type Row = CorpusGraphQuery['declarations']['edges'][number]['node'];

const blr = traffickingStatement.signatories[0];
const states = new Map(traffickingStatement.signatories.map((s) => [s.code, s]));
const cited = joinInstruments([
  {
    id: 'untoc',
    name: 'United Nations Convention against Transnational Organized Crime',
    shortName: 'UNTOC',
    kind: 'CONVENTION' as never,
    adoptedOn: '2000-11-15',
    entryIntoForceOn: '2003-09-29',
    partyCount: 0,
    supplements: null,
  },
]);

const row = (i: number): Row => ({
  id: `decl-${i}`,
  title: `Statement ${i}`,
  adoptedOn: '2025-07-30',
  signatories: [{ code: 'BLR' }, { code: 'ZZZ' }],
  references: [{ id: 'untoc' }],
  nonStateSignatories: [],
  organizations: [],
  sources: [],
});

/** A fake server holding `total` declarations, paging by opaque cursor like the API. */
function fakeServer(total: number) {
  const asked: CorpusGraphQueryVariables[] = [];
  const request = (async (_document: unknown, variables: CorpusGraphQueryVariables) => {
    asked.push(variables);
    const start = variables.after ? Number(variables.after.replace('cursor-', '')) + 1 : 0;
    const end = Math.min(start + variables.first, total);
    const edges = Array.from({ length: end - start }, (_, k) => ({ node: row(start + k) }));
    const result: CorpusGraphQuery = {
      declarations: {
        totalCount: total,
        pageInfo: {
          hasNextPage: end < total,
          endCursor: edges.length ? `cursor-${end - 1}` : null,
        },
        edges,
      },
    };
    return result;
  }) as Request;
  return { request, asked };
}

const open = (limit: number): CorpusWindow => ({ limit, from: null, to: null });

describe('loadCorpusRows and joinCorpus', () => {
  it('follows pages of 100 to the end', async () => {
    const { request, asked } = fakeServer(230);
    const corpus = await loadCorpusRows(request, open(1_000));
    expect(corpus.totalCount).toBe(230);
    expect(corpus.declarations.map((d) => d.id)).toEqual(
      Array.from({ length: 230 }, (_, i) => `decl-${i}`),
    );
    expect(asked.map(({ first, after }) => [first, after])).toEqual([
      [100, null],
      [100, 'cursor-99'],
      [100, 'cursor-199'],
    ]);
  });

  it('stops at the limit, asking for no more than it needs, and reports the full count', async () => {
    const { request, asked } = fakeServer(500);
    const corpus = await loadCorpusRows(request, open(150));
    expect(corpus.declarations).toHaveLength(150);
    expect(corpus.totalCount).toBe(500);
    expect(asked.map((v) => v.first)).toEqual([100, 50]);
  });

  it('asks the server for the years of the window', async () => {
    const { request, asked } = fakeServer(1);
    await loadCorpusRows(request, { limit: 10, from: 1990, to: 1999 });
    expect(asked[0]?.filter).toEqual({ adoptedFrom: '1990-01-01', adoptedTo: '1999-12-31' });
    await loadCorpusRows(request, { limit: 10, from: null, to: 2001 });
    expect(asked[1]?.filter).toEqual({ adoptedTo: '2001-12-31' });
    await loadCorpusRows(request, open(10));
    expect(asked[2]?.filter).toBeNull();
  });

  it('joins state codes and instrument ids to the states and cited instruments', async () => {
    const { request } = fakeServer(1);
    const rows = await loadCorpusRows(request, open(10));
    const [declaration] = joinCorpus({ ...rows, instruments: cited }, states).declarations;
    expect(declaration?.signatories[0]).toEqual(blr);
    // A state the list does not hold yet is drawn by its code rather than dropped.
    expect(declaration?.signatories[1]).toMatchObject({ code: 'ZZZ', name: 'ZZZ', region: null });
    expect(declaration?.references[0]).toMatchObject({ id: 'untoc', shortName: 'UNTOC' });
  });

  it('returns an empty corpus from an empty graph in one request', async () => {
    const { request, asked } = fakeServer(0);
    const corpus = await loadCorpusRows(request, open(1_000));
    expect(corpus).toEqual({ declarations: [], totalCount: 0, window: open(1_000) });
    expect(asked).toHaveLength(1);
  });
});
