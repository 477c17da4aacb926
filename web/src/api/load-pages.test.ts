import { describe, expect, it } from 'vitest';
import { loadPages, type PageOf } from './load-pages';

/** `total` numbered nodes, paged by cursor; records what was asked. */
function pages(total: number) {
  const asked: [number, string | null][] = [];
  const fetchPage = async (first: number, after: string | null): Promise<PageOf<number>> => {
    asked.push([first, after]);
    const start = after === null ? 0 : Number(after) + 1;
    const end = Math.min(start + first, total);
    const edges = Array.from({ length: end - start }, (_, k) => ({ node: start + k }));
    return {
      totalCount: total,
      pageInfo: { hasNextPage: end < total, endCursor: edges.length ? String(end - 1) : null },
      edges,
    };
  };
  return { fetchPage, asked };
}

describe('loadPages', () => {
  it('follows cursors to the last page', async () => {
    const { fetchPage, asked } = pages(201);
    const { nodes, totalCount } = await loadPages(fetchPage);
    expect(nodes).toEqual(Array.from({ length: 201 }, (_, i) => i));
    expect(totalCount).toBe(201);
    expect(asked).toEqual([
      [100, null],
      [100, '99'],
      [100, '199'],
    ]);
  });

  it('stops at max', async () => {
    const { fetchPage, asked } = pages(1_000);
    expect((await loadPages(fetchPage, { max: 120 })).nodes).toHaveLength(120);
    expect(asked).toEqual([
      [100, null],
      [20, '99'],
    ]);
  });

  it('stops on a page that says it has more but is empty', async () => {
    const fetchPage = async (): Promise<PageOf<number>> => ({
      pageInfo: { hasNextPage: true, endCursor: 'x' },
      edges: [],
    });
    expect(await loadPages(fetchPage)).toEqual({ nodes: [], totalCount: null });
  });
});
