/** The shape every paged list of the API shares. */
export type PageOf<TNode> = {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: TNode }[];
};

/** The API's largest page. */
export const MAX_PAGE_SIZE = 100;

/**
 * Follows cursors from the first page until the last one or until `max` nodes are in; pages
 * are asked one after another because each needs the previous page's cursor.
 * @example loadPages((first, after) => fetchStates(first, after), { max: 500 })
 */
export async function loadPages<TNode>(
  fetchPage: (first: number, after: string | null) => Promise<PageOf<TNode>>,
  options: { max?: number } = {},
): Promise<{ nodes: TNode[]; totalCount: number | null }> {
  const max = options.max ?? Number.POSITIVE_INFINITY;
  const nodes: TNode[] = [];
  let after: string | null = null;
  for (;;) {
    const first = Math.min(MAX_PAGE_SIZE, max - nodes.length);
    const page: PageOf<TNode> = await fetchPage(first, after);
    for (const edge of page.edges) nodes.push(edge.node);
    after = page.pageInfo.endCursor;
    const last = !page.pageInfo.hasNextPage || after === null || page.edges.length === 0;
    if (last || nodes.length >= max) return { nodes, totalCount: page.totalCount ?? null };
  }
}
