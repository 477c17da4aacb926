import type { CoalitionRecord } from '../loaders/co-signature-network';
import type { DeclarationRecord, StateRecord } from '../records';
import type { TaskName, TaskResult } from './tasks';

/** Results of one data version, made to hold one copy of each record they name. */
export type SharedRecords = {
  /** Swaps the records `value` holds for the copies seen first, in place. */
  share<T extends TaskName>(task: T, value: TaskResult<T>): void;
  /** Forgets every record: the data version changed. */
  clear(): void;
};

function one<R>(table: Map<string, R>, key: string, record: R): R {
  const known = table.get(key);
  if (known) return known;
  table.set(key, record);
  return record;
}

/**
 * A result comes from a worker thread as a fresh copy of every state and declaration record
 * it holds (coalitions over 100,000 signatures: about 200 KB). The cache kept those copies
 * alive, so each young-generation collection of the request thread copied them again: under a
 * storm of coalitions at new resolutions its pauses grew to 7–11 ms, long enough to show in
 * every cheap answer they caught. Swapped for one copy per data version, a result's records
 * die young and the cache holds only its arrays.
 */
export function createSharedRecords(): SharedRecords {
  const states = new Map<string, StateRecord>();
  const declarations = new Map<string, DeclarationRecord>();
  const coalition = (record: CoalitionRecord) => {
    record.states = record.states.map((state) => one(states, state.code, state));
    record.declarations = record.declarations.map((d) => one(declarations, d.id, d));
  };
  return {
    share(task, value) {
      if (task === 'coalitions') (value as CoalitionRecord[]).forEach(coalition);
    },
    clear() {
      states.clear();
      declarations.clear();
    },
  };
}
