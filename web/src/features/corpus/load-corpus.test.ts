import { describe, expect, it } from 'vitest';
import type { Request } from '../../api/client';
import {
  CorpusSummaryDocument,
  type CorpusGraphQuery,
  type CorpusGraphQueryVariables,
} from '../../api/generated/graphql';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { joinCorpus, loadCorpusRows, windowYears, type CorpusWindow } from './load-corpus';
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

/** A declaration, `perYear` a year from 2025 back; from `dated` on, undated (the API lists those last). */
const row = (i: number, perYear = 100, dated = Number.POSITIVE_INFINITY): Row => ({
  id: `decl-${i}`,
  title: `Statement ${i}`,
  adoptedOn: i < dated ? `${2025 - Math.floor(i / perYear)}-06-01` : null,
  signatories: [{ code: 'BLR' }, { code: 'ZZZ' }],
  references: [{ id: 'untoc' }],
  nonStateSignatories: [],
  organizations: [],
  sources: [],
});

/**
 * A fake server holding `total` declarations, `perYear` a year, newest first, the last
 * `undated` without a date; it filters by date and pages by opaque cursor like the API.
 */
function fakeServer(total: number, options: { perYear?: number; undated?: number } = {}) {
  const { perYear = 100, undated = 0 } = options;
  const rows = Array.from({ length: total }, (_, i) => row(i, perYear, total - undated));
  const asked: CorpusGraphQueryVariables[] = [];
  const request = (async (document: unknown, variables: CorpusGraphQueryVariables) => {
    if (document === CorpusSummaryDocument) {
      const dates = rows.flatMap((r) => r.adoptedOn ?? []);
      const corpusSummary = {
        earliestAdoption: dates.at(-1) ?? null,
        latestAdoption: dates[0] ?? null,
      };
      return { corpusSummary };
    }
    asked.push(variables);
    const { adoptedFrom, adoptedTo } = variables.filter ?? {};
    const listed = rows.filter(
      (r) =>
        (!adoptedFrom || (r.adoptedOn !== null && r.adoptedOn >= adoptedFrom)) &&
        (!adoptedTo || (r.adoptedOn !== null && r.adoptedOn <= adoptedTo)),
    );
    const start = variables.after ? listed.findIndex((r) => r.id === variables.after) + 1 : 0;
    const edges = listed.slice(start, start + variables.first).map((node) => ({ node }));
    const result: CorpusGraphQuery = {
      declarations: {
        totalCount: listed.length,
        pageInfo: {
          hasNextPage: start + edges.length < listed.length,
          endCursor: edges.at(-1)?.node.id ?? null,
        },
        edges,
      },
    };
    return result;
  }) as Request;
  return { request, asked };
}

const open = (limit: number): CorpusWindow => ({ limit, from: null, to: null });
const ids = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `decl-${from + i}`);

describe('windowYears', () => {
  it("spans the window's years, newest first, or the corpus's where it is open", () => {
    const corpus = { earliestAdoption: '2019-03-01', latestAdoption: '2025-07-30' };
    expect(windowYears(open(10), corpus)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(windowYears({ limit: 10, from: 2022, to: null }, corpus)).toEqual([
      2025, 2024, 2023, 2022,
    ]);
    expect(windowYears({ limit: 10, from: null, to: 2020 }, corpus)).toEqual([2020, 2019]);
    expect(windowYears(open(10), { earliestAdoption: null, latestAdoption: null })).toEqual([]);
  });
});

describe('loadCorpusRows and joinCorpus', () => {
  it('loads a window of a page in one request', async () => {
    const { request, asked } = fakeServer(80);
    const corpus = await loadCorpusRows(request, open(1_000));
    expect(corpus.declarations.map((d) => d.id)).toEqual(ids(0, 80));
    expect(asked.map(({ first, after }) => [first, after])).toEqual([[100, null]]);
  });

  it('loads the years side by side, newest first, each page after page', async () => {
    const { request, asked } = fakeServer(530, { perYear: 200 });
    const corpus = await loadCorpusRows(request, open(1_000));
    expect(corpus.totalCount).toBe(530);
    expect(corpus.declarations.map((d) => d.id)).toEqual(ids(0, 530));
    const of2024 = asked.filter((v) => v.filter?.adoptedFrom === '2024-01-01');
    expect(of2024.map(({ first, after }) => [first, after])).toEqual([
      [100, null],
      [100, 'decl-299'],
    ]);
  });

  it('stops at the limit, asking for no more than it needs, and reports the full count', async () => {
    const { request, asked } = fakeServer(500);
    const corpus = await loadCorpusRows(request, open(150));
    expect(corpus.declarations.map((d) => d.id)).toEqual(ids(0, 150));
    expect(corpus.totalCount).toBe(500);
    // The newest page, then 2025's 100 and 50 of 2024's; no older year.
    expect(asked.map((v) => [v.first, v.filter?.adoptedFrom ?? null])).toEqual([
      [100, null],
      [100, '2025-01-01'],
      [50, '2024-01-01'],
    ]);
  });

  it('loads page after page when the years miss undated declarations', async () => {
    const { request } = fakeServer(230, { undated: 20 });
    const corpus = await loadCorpusRows(request, open(1_000));
    expect(corpus.declarations.map((d) => d.id)).toEqual(ids(0, 230));
    expect(corpus.declarations.at(-1)?.adoptedOn).toBeNull();
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
