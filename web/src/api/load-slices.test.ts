import { describe, expect, it } from 'vitest';
import type { PageOf } from './load-pages';
import { loadSlices } from './load-slices';

/** Slices of numbered nodes (slice `s` holds `sizes[s]` nodes, `s-0`, `s-1`…), paged by cursor. */
function slices(sizes: Record<string, number>) {
  const asked: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const fetchPage = async (
    slice: string,
    first: number,
    after: string | null,
  ): Promise<PageOf<string>> => {
    asked.push(`${slice} ${first} ${after}`);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    // Later slices answer sooner, so the order of the result is not the order of the answers.
    await new Promise((resolve) => setTimeout(resolve, 10 - Number(slice)));
    inFlight -= 1;
    const total = sizes[slice] ?? 0;
    const start = after === null ? 0 : Number(after) + 1;
    const end = Math.min(start + first, total);
    const edges = Array.from({ length: end - start }, (_, k) => ({
      node: `${slice}-${start + k}`,
    }));
    return {
      totalCount: total,
      pageInfo: { hasNextPage: end < total, endCursor: edges.length ? String(end - 1) : null },
      edges,
    };
  };
  return { fetchPage, asked, mostInFlight: () => mostInFlight };
}

describe('loadSlices', () => {
  it('returns the slices in order, each page after page, at most `concurrency` at a time', async () => {
    const { fetchPage, asked, mostInFlight } = slices({ 1: 150, 2: 0, 3: 30, 4: 220 });
    const nodes = await loadSlices(['1', '2', '3', '4'], fetchPage, { max: 1_000, concurrency: 2 });
    expect(nodes).toHaveLength(400);
    expect(nodes.slice(148, 152)).toEqual(['1-148', '1-149', '3-0', '3-1']);
    expect(nodes.at(-1)).toBe('4-219');
    expect(asked.filter((a) => a.startsWith('1 '))).toEqual(['1 100 null', '1 100 99']);
    expect(mostInFlight()).toBe(2);
  });

  it('takes only the first `max` nodes, and asks no slice past them', async () => {
    const { fetchPage, asked } = slices({ 1: 150, 2: 120, 3: 80, 4: 90 });
    const nodes = await loadSlices(['1', '2', '3', '4'], fetchPage, { max: 200, concurrency: 3 });
    expect(nodes).toEqual([
      ...Array.from({ length: 150 }, (_, i) => `1-${i}`),
      ...Array.from({ length: 50 }, (_, i) => `2-${i}`),
    ]);
    // Slice 2 is asked for what is left after slice 1; slices 3 and 4 are not asked.
    expect([...asked].sort()).toEqual(['1 100 99', '1 100 null', '2 50 null']);
  });

  it('fails when a page fails, without waiting for the slices after it', async () => {
    const failing = async (slice: string): Promise<PageOf<string>> => {
      if (slice === '1') throw new Error('no answer');
      return { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: 'x' }, edges: [] };
    };
    await expect(loadSlices(['1', '2', '3'], failing, { max: 10, concurrency: 1 })).rejects.toThrow(
      'no answer',
    );
  });
});
