import DataLoader from 'dataloader';
import { coSignatoriesQuery } from '../cypher/co-signatories';
import { fromPairs } from '../cypher/slim-properties';
import type { ReadFn } from '../db/read';
import type { DeclarationRecord, StateRecord } from '../records';

export type CoSignatoryRecord = {
  state: StateRecord;
  sharedCount: number;
  /** The shared declarations, newest first; empty unless the loader was asked for them. */
  shared: DeclarationRecord[];
};

/** What a co-signatories loader reads: how many per state, and whether their declarations. */
export type CoSignatoriesOptions = { first: number; withShared: boolean };

/**
 * The `first` co-signatories of every state asked for in one tick, in one round trip,
 * strongest first.
 */
export function createCoSignatoriesLoader(
  read: ReadFn,
  options: CoSignatoriesOptions,
): DataLoader<string, CoSignatoryRecord[]> {
  return new DataLoader(async (keys) => {
    const rows = await read<{
      key: string;
      state: [string, unknown][];
      sharedCount: number;
      shared: DeclarationRecord[];
    }>(coSignatoriesQuery({ keys, ...options }));
    const groups = new Map<string, CoSignatoryRecord[]>();
    for (const { key, state, sharedCount, shared } of rows) {
      const record = { state: fromPairs<StateRecord>(state), sharedCount, shared };
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
