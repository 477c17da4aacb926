import { loadPages, MAX_PAGE_SIZE, type PageOf } from './load-pages';

/**
 * Loads the nodes with these ids, at most a page of ids per request and the requests side by
 * side (the API filters a list by ids, and a page holds at most {@link MAX_PAGE_SIZE} nodes).
 * @example loadByIds(['untoc'], (ids, first, after) => fetchInstruments(ids, first, after))
 */
export async function loadByIds<TNode>(
  ids: readonly string[],
  fetchPage: (ids: string[], first: number, after: string | null) => Promise<PageOf<TNode>>,
): Promise<TNode[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_PAGE_SIZE) chunks.push(ids.slice(i, i + MAX_PAGE_SIZE));
  const pages = await Promise.all(
    chunks.map((chunk) => loadPages((first, after) => fetchPage(chunk, first, after))),
  );
  return pages.flatMap((page) => page.nodes);
}
