import DataLoader from 'dataloader';
import type { NodeLabel } from '@treatygraph/schema';
import { aliasesQuery } from '../cypher/aliases';
import type { ReadFn } from '../db/read';

/** Aliases of every node of one kind asked for in one tick, in one round trip ([] if none). */
export function createAliasesLoader(read: ReadFn, label: NodeLabel): DataLoader<string, string[]> {
  return new DataLoader(async (keys) => {
    const rows = await read<{ key: string; aliases: string[] | null }>(
      aliasesQuery({ label, keys }),
    );
    const byKey = new Map(rows.map((row) => [row.key, row.aliases ?? []]));
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
