import DataLoader from 'dataloader';
import { coSignatoriesQuery } from '../cypher/co-signatories';
import type { ReadFn } from '../db/read';
import type { DeclarationRecord, StateRecord } from '../records';

export type CoSignatoryRecord = { state: StateRecord; shared: DeclarationRecord[] };

/** Co-signatories of every state asked for in one tick, in one round trip, strongest first. */
export function createCoSignatoriesLoader(read: ReadFn): DataLoader<string, CoSignatoryRecord[]> {
  return new DataLoader(async (keys) => {
    const rows = await read<CoSignatoryRecord & { key: string }>(coSignatoriesQuery({ keys }));
    const groups = new Map<string, CoSignatoryRecord[]>();
    for (const { key, state, shared } of rows) {
      const group = groups.get(key);
      if (group) group.push({ state, shared });
      else groups.set(key, [{ state, shared }]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
