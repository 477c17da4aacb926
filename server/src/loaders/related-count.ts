import DataLoader from 'dataloader';
import { relatedCountQuery } from '../cypher/related';
import type { RelatedSpec } from '../cypher/related';
import type { ReadFn } from '../db/read';

/** Counts over one relationship for every key asked for in one tick, in one round trip. */
export function createRelatedCountLoader(
  read: ReadFn,
  spec: RelatedSpec,
): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const rows = await read<{ key: string; count: number }>(relatedCountQuery({ ...spec, keys }));
    const byKey = new Map(rows.map((row) => [row.key, row.count]));
    return keys.map((key) => byKey.get(key) ?? 0);
  });
}
