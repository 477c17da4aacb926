import DataLoader from 'dataloader';
import type { Context } from '../context';
import { coSignatoriesQuery, stateWithCoSignatoriesQuery } from '../cypher/co-signatories';
import { nodeRecord } from '../cypher/slim-properties';
import type { Projection } from '../cypher/slim-properties';
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

type CoSignatoryRow = {
  state: [string, unknown][] | object;
  sharedCount: number;
  shared: DeclarationRecord[];
};

const coSignatoryOf = ({ state, sharedCount, shared }: CoSignatoryRow): CoSignatoryRecord => ({
  state: nodeRecord<StateRecord>(state),
  sharedCount,
  shared,
});

/**
 * The `first` co-signatories of every state asked for in one tick, in one round trip,
 * strongest first.
 */
export function createCoSignatoriesLoader(
  read: ReadFn,
  options: CoSignatoriesOptions & { properties?: Projection },
): DataLoader<string, CoSignatoryRecord[]> {
  return new DataLoader(async (keys) => {
    const rows = await read<CoSignatoryRow & { key: string }>(
      coSignatoriesQuery({ keys, ...options }),
    );
    const groups = new Map<string, CoSignatoryRecord[]>();
    for (const row of rows) {
      const { key } = row;
      const record = coSignatoryOf(row);
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * A state by code, null when absent, read with its co-signatories in one round trip; they
 * prime the request's co-signatories loader for `options`, so the nested field resolves
 * without another query. Bulky properties (aliases) only `withBulky`; only the request's
 * projection of State when it has one.
 */
export async function loadStateWithCoSignatories(
  context: Context,
  options: CoSignatoriesOptions & { code: string; withBulky: boolean },
): Promise<StateRecord | null> {
  const [row] = await context.read<{
    node: [string, unknown][] | object;
    coSignatories: CoSignatoryRow[];
  }>(stateWithCoSignatoriesQuery({ ...options, properties: context.projection.of('State') }));
  if (!row) return null;
  const { first, withShared } = options;
  context.loaders
    .coSignatories({ first, withShared })
    .prime(options.code, row.coSignatories.map(coSignatoryOf));
  return nodeRecord<StateRecord>(row.node);
}
