import { nodeKind } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import type { WritePlan } from './plan';

/** Property maps of the nodes and relationships a run touches, by `Label key` and `TYPE from to`. */
export type EntityStates = Map<string, Record<string, unknown>>;

export type ChangeKind = 'created' | 'updated' | 'unchanged';

export type EntityChange = {
  kind: 'node' | 'relationship';
  /** Node label or relationship type. */
  label: string;
  /** `LAO`, or `LAO -> untoc` for a relationship. */
  key: string;
  change: ChangeKind;
  /** The properties that are new, changed or gone (for an update). */
  properties: string[];
};

export type ChangeCounts = Record<ChangeKind, { nodes: number; relationships: number }>;

const nodeId = (label: string, key: unknown) => `node ${label} ${String(key)}`;
const relationshipId = (type: string, from: string, to: string) =>
  `relationship ${type} ${from} -> ${to}`;

function toNumber(value: unknown): unknown {
  return neo4j.isInt(value) ? value.toString() : value;
}

// Integers (driver or plan), arrays and maps in one comparable text form.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !neo4j.isInt(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : toNumber(v),
  );
}

/** The current property maps of everything the plans would write; absent ones are left out. */
export async function readEntityStates(
  tx: ManagedTransaction,
  plans: WritePlan[],
): Promise<EntityStates> {
  const states: EntityStates = new Map();
  const nodeKeys = new Map<string, Set<unknown>>();
  const relationshipRows = new Map<string, Map<string, { from: string; to: string }>>();
  for (const plan of plans) {
    for (const batch of plan.nodes) {
      const keys = nodeKeys.get(batch.kind.label) ?? new Set();
      batch.rows.forEach((row) => keys.add(row.key));
      nodeKeys.set(batch.kind.label, keys);
    }
    for (const batch of plan.relationships) {
      const rows = relationshipRows.get(batch.kind.type) ?? new Map();
      batch.rows.forEach(({ from, to }) => rows.set(`${from} ${to}`, { from, to }));
      relationshipRows.set(batch.kind.type, rows);
    }
  }
  for (const [label, keys] of nodeKeys) {
    const kind = nodeKind(label);
    const result = await tx.run(
      `UNWIND $keys AS key MATCH (n:${label} {${kind.key}: key}) RETURN key, properties(n) AS props`,
      { keys: [...keys] },
    );
    for (const record of result.records) {
      states.set(nodeId(label, record.get('key')), record.get('props') as Record<string, unknown>);
    }
  }
  for (const plan of plans) {
    for (const batch of plan.relationships) {
      const rows = relationshipRows.get(batch.kind.type);
      if (!rows) continue;
      relationshipRows.delete(batch.kind.type);
      const from = nodeKind(batch.kind.from);
      const to = nodeKind(batch.kind.to);
      const result = await tx.run(
        `UNWIND $rows AS row ` +
          `MATCH (:${from.label} {${from.key}: row.from})-[r:${batch.kind.type}]->` +
          `(:${to.label} {${to.key}: row.to}) ` +
          `RETURN row.from AS from, row.to AS to, properties(r) AS props`,
        { rows: [...rows.values()] },
      );
      for (const record of result.records) {
        const id = relationshipId(batch.kind.type, record.get('from'), record.get('to'));
        states.set(id, record.get('props') as Record<string, unknown>);
      }
    }
  }
  return states;
}

/**
 * What the plans leave behind when written in order over `before`, as the model's MERGE
 * statements do: node properties are added to (`SET n += props`), relationship properties
 * replaced (`SET r = props`).
 */
export function predictEntityStates(before: EntityStates, plans: WritePlan[]): EntityStates {
  const after: EntityStates = new Map(before);
  for (const plan of plans) {
    for (const batch of plan.nodes) {
      for (const row of batch.rows) {
        const id = nodeId(batch.kind.label, row.key);
        after.set(id, { ...after.get(id), ...row.props });
      }
    }
    for (const batch of plan.relationships) {
      for (const row of batch.rows) {
        after.set(relationshipId(batch.kind.type, row.from, row.to), { ...row.props });
      }
    }
  }
  return after;
}

/** Every entity of `after`, created, updated or unchanged relative to `before`, in key order. */
export function entityChanges(before: EntityStates, after: EntityStates): EntityChange[] {
  const ids = [...after.keys()].sort();
  return ids.map((id) => {
    const props = after.get(id) ?? {};
    const [kind, label = '', ...rest] = id.split(' ');
    const old = before.get(id);
    const names = [...new Set([...Object.keys(old ?? {}), ...Object.keys(props)])];
    const properties = old
      ? names.filter((name) => canonical(old[name]) !== canonical(props[name]))
      : Object.keys(props);
    const change: ChangeKind = !old ? 'created' : properties.length > 0 ? 'updated' : 'unchanged';
    return {
      kind: kind === 'node' ? 'node' : 'relationship',
      label,
      key: rest.join(' '),
      change,
      properties: change === 'unchanged' ? [] : properties.sort(),
    };
  });
}

/** How many nodes and relationships each kind of change has. */
export function countChanges(changes: EntityChange[]): ChangeCounts {
  const counts: ChangeCounts = {
    created: { nodes: 0, relationships: 0 },
    updated: { nodes: 0, relationships: 0 },
    unchanged: { nodes: 0, relationships: 0 },
  };
  for (const { kind, change } of changes) {
    counts[change][kind === 'node' ? 'nodes' : 'relationships'] += 1;
  }
  return counts;
}
