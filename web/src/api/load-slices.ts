import { MAX_PAGE_SIZE, type PageOf } from './load-pages';

/**
 * The first `max` nodes of a list cut into consecutive `slices` (each a list of its own, such
 * as a year of a list ordered by date), side by side: `concurrency` slices load at once, each
 * page by page as its cursors lead, while {@link loadPages} can only ask one page after another.
 * Slices are taken in order, and one is only started once the slices before it (whose first
 * pages tell their totals) leave room for it, so nothing past the first `max` is asked.
 * @example loadSlices([2025, 2024], (year, first, after) => fetchYear(year, first, after), { max: 500, concurrency: 4 })
 */
export async function loadSlices<TSlice, TNode>(
  slices: readonly TSlice[],
  fetchPage: (slice: TSlice, first: number, after: string | null) => Promise<PageOf<TNode>>,
  options: { max: number; concurrency: number },
): Promise<TNode[]> {
  const { max, concurrency } = options;
  /** How many nodes each slice holds, known from its first page. */
  const totals: Promise<number>[] = [];
  const loaded: TNode[][] = [];
  let next = 0;

  const loadSlice = async (i: number, settle: (total: number) => void): Promise<void> => {
    const before = await Promise.all(totals.slice(0, i));
    const room = max - before.reduce((sum, n) => sum + n, 0);
    if (room <= 0) {
      settle(0);
      next = slices.length;
      return;
    }
    const slice = slices[i] as TSlice;
    const nodes: TNode[] = [];
    loaded[i] = nodes;
    let after: string | null = null;
    for (;;) {
      const page: PageOf<TNode> = await fetchPage(
        slice,
        Math.min(MAX_PAGE_SIZE, room - nodes.length),
        after,
      );
      if (page.totalCount !== undefined) settle(page.totalCount);
      for (const edge of page.edges) nodes.push(edge.node);
      after = page.pageInfo.endCursor;
      const last = !page.pageInfo.hasNextPage || after === null || page.edges.length === 0;
      if (last || nodes.length >= room) break;
    }
    settle(nodes.length);
  };

  const worker = async (): Promise<void> => {
    while (next < slices.length) {
      const i = next;
      next += 1;
      let settle: (total: number) => void = () => undefined;
      totals[i] = new Promise<number>((resolve) => {
        settle = resolve;
      });
      try {
        await loadSlice(i, settle);
      } catch (error) {
        // The slices after a failed one must not wait for its total.
        settle(Number.POSITIVE_INFINITY);
        next = slices.length;
        throw error;
      }
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return loaded.flat().slice(0, max);
}
