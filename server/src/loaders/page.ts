import { encodeCursor } from '../cypher/cursor';
import type { PageQuery } from '../cypher/page';
import { sortValues } from '../cypher/sort';
import type { ReadFn } from '../db/read';

export type Connection<TNode> = {
  totalCount: number;
  edges: { cursor: string; node: TNode }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
};

/** Runs a page query (one round trip) and shapes its row as a Relay connection. */
export async function loadPage<TNode extends Record<string, unknown>>(
  read: ReadFn,
  query: PageQuery,
): Promise<Connection<TNode>> {
  const [row] = await read<{ totalCount: number; nodes: TNode[] }>(query);
  const { label, page } = query;
  const nodes = row?.nodes ?? [];
  const edges = nodes.slice(0, page.first).map((node) => ({
    cursor: encodeCursor(label, sortValues(label, node)),
    node,
  }));
  return {
    totalCount: row?.totalCount ?? 0,
    edges,
    pageInfo: {
      hasNextPage: nodes.length > page.first,
      // Keyset paging cannot cheaply tell; a cursor means the client has seen earlier nodes.
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
