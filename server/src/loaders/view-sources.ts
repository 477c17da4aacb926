import { viewSourcesQuery } from '../cypher/view-sources';
import type { ReadFn } from '../db/read';
import type { SourceRecord } from '../records';
import type { GraphViewRecord } from './graph-view';

/** Every Source behind a view's facts, in one round trip. */
export async function loadViewSources(
  read: ReadFn,
  view: GraphViewRecord,
): Promise<SourceRecord[]> {
  const sourceIds = new Set<string>();
  for (const element of [...view.edges, ...view.nodes]) {
    const source = element.data.source;
    if (typeof source === 'string') sourceIds.add(source);
  }
  const declarationIds = view.nodes
    .filter((node) => node.kind === 'Declaration')
    .map((node) => String(node.data.id));
  if (sourceIds.size === 0 && declarationIds.length === 0) return [];
  const rows = await read<{ source: SourceRecord }>(
    viewSourcesQuery({ sourceIds: [...sourceIds], declarationIds }),
  );
  return rows.map((row) => row.source);
}
