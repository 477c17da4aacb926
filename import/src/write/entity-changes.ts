import { nodeKind } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import { runPipelined } from './pipeline';
import type { RelationshipBatch, WritePlan } from './plan';

/** Properties of the nodes and relationships a run touches, by `Label key` and `TYPE from to`. */
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

const defined = (map: object) =>
  Object.entries(map).filter(([, v]) => v !== undefined && v !== null);

/**
 * Whether two property values are the same, as stored: integers of the driver and of the plan
 * alike, lists element by element, maps whatever their key order, absent and null alike.
 * Compared in place: a re-import compares every row it reads, and text forms cost more.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (neo4j.isInt(a) || neo4j.isInt(b)) {
    return neo4j.isInt(a) && neo4j.isInt(b) && a.toString() === b.toString();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((value, i) => sameValue(value, b[i]))
    );
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const left = defined(a);
  const right = new Map(defined(b));
  return (
    left.length === right.size &&
    left.every(([name, value]) => right.has(name) && sameValue(value, right.get(name)))
  );
}

type Touched = {
  /** Node keys by label, and the properties the plans set on each label. */
  nodes: Map<string, { keys: Set<unknown>; names: Set<string> }>;
  relationships: Map<string, { batch: RelationshipBatch; rows: Map<string, Endpoints> }>;
};
type Endpoints = { from: string; to: string };

function touchedBy(plans: WritePlan[]): Touched {
  const touched: Touched = { nodes: new Map(), relationships: new Map() };
  for (const plan of plans) {
    for (const batch of plan.nodes) {
      const entry = touched.nodes.get(batch.kind.label) ?? { keys: new Set(), names: new Set() };
      for (const row of batch.rows) {
        entry.keys.add(row.key);
        // A create-only row changes nothing on a node that exists: its existence is enough.
        if (!batch.reference) Object.keys(row.props).forEach((name) => entry.names.add(name));
      }
      touched.nodes.set(batch.kind.label, entry);
    }
    for (const batch of plan.relationships) {
      const entry = touched.relationships.get(batch.kind.type) ?? { batch, rows: new Map() };
      batch.rows.forEach(({ from, to }) => entry.rows.set(`${from} ${to}`, { from, to }));
      touched.relationships.set(batch.kind.type, entry);
    }
  }
  return touched;
}

/**
 * Nodes the caller has read in the same transaction, whole, by label and key: every node of
 * that label the plans could touch, so the absent ones are absent.
 */
export type ReadNodes = Map<string, Map<string, Record<string, unknown>>>;

/**
 * Relationships the caller has read in the same transaction, whole: every relationship of the
 * nodes of `label` with these `keys`, so one of theirs that is not listed is absent.
 */
export type ReadRelationships = {
  label: string;
  keys: ReadonlySet<string>;
  rows: readonly { type: string; from: string; to: string; props: Record<string, unknown> }[];
};

/**
 * The current state of everything the plans would write, as far as the write can change it:
 * a node's values of the properties the plans set on its label (`SET n += props` leaves the
 * rest alone), a relationship's whole property map (`SET r = props`). Absent entities are left
 * out; relationships of a node that is itself absent are not looked for.
 */
export async function readEntityStates(
  tx: ManagedTransaction,
  plans: WritePlan[],
  already: { nodes?: ReadNodes; relationships?: ReadRelationships } = {},
): Promise<EntityStates> {
  const states: EntityStates = new Map();
  const touched = touchedBy(plans);
  const read = already.nodes ?? new Map<string, Map<string, Record<string, unknown>>>();
  for (const [label, { keys, names }] of touched.nodes) {
    const stored = read.get(label);
    if (!stored) continue;
    for (const key of keys) {
      const props = stored.get(String(key));
      if (!props) continue;
      const set = [...names].filter((name) => props[name] !== undefined && props[name] !== null);
      states.set(nodeId(label, key), Object.fromEntries(set.map((name) => [name, props[name]])));
    }
  }
  const unread = [...touched.nodes].filter(([label]) => !read.has(label));
  const nodes = unread.map(([label, { keys, names }]) => ({
    label,
    cypher:
      `UNWIND $keys AS key MATCH (n:${label} {${nodeKind(label).key}: key}) ` +
      `RETURN key, [name IN $names WHERE n[name] IS NOT NULL | [name, n[name]]] AS props`,
    params: { keys: [...keys], names: [...names] },
  }));
  const nodeResults = await runPipelined(tx, nodes);
  nodes.forEach(({ label }, i) => {
    for (const record of nodeResults[i]?.records ?? []) {
      const props = Object.fromEntries(record.get('props') as [string, unknown][]);
      states.set(nodeId(label, record.get('key')), props);
    }
  });
  const absent = (label: string, key: string) =>
    touched.nodes.get(label)?.keys.has(key) === true && !states.has(nodeId(label, key));
  const covered = already.relationships;
  const coveredStates = new Map(
    (covered?.rows ?? []).map((r) => [relationshipId(r.type, r.from, r.to), r.props]),
  );
  const isCovered = (label: string, key: string) =>
    covered?.label === label && covered.keys.has(key);
  const relationships = [...touched.relationships].flatMap(([type, { batch, rows }]) => {
    const from = nodeKind(batch.kind.from);
    const to = nodeKind(batch.kind.to);
    const existing = [...rows.values()].filter((row) => {
      if (isCovered(from.label, row.from) || isCovered(to.label, row.to)) {
        const props = coveredStates.get(relationshipId(type, row.from, row.to));
        if (props) states.set(relationshipId(type, row.from, row.to), props);
        return false;
      }
      return !absent(from.label, row.from) && !absent(to.label, row.to);
    });
    if (existing.length === 0) return [];
    return [
      {
        type,
        cypher:
          `UNWIND $rows AS row ` +
          `MATCH (:${from.label} {${from.key}: row.from})-[r:${type}]->` +
          `(:${to.label} {${to.key}: row.to}) ` +
          `RETURN row.from AS from, row.to AS to, properties(r) AS props`,
        params: { rows: existing },
      },
    ];
  });
  const relationshipResults = await runPipelined(tx, relationships);
  relationships.forEach(({ type }, i) => {
    for (const record of relationshipResults[i]?.records ?? []) {
      const id = relationshipId(type, record.get('from'), record.get('to'));
      states.set(id, record.get('props') as Record<string, unknown>);
    }
  });
  return states;
}

/**
 * What the plans leave behind when written in order over `before`, as the write statements
 * do: node properties are added to (`SET n += props`), a referenced state only created when
 * missing, relationship properties replaced (`SET r = props`).
 */
export function predictEntityStates(before: EntityStates, plans: WritePlan[]): EntityStates {
  const after: EntityStates = new Map(before);
  for (const plan of plans) {
    for (const batch of plan.nodes) {
      for (const row of batch.rows) {
        const id = nodeId(batch.kind.label, row.key);
        const old = after.get(id);
        if (batch.reference && old) continue;
        after.set(id, { ...old, ...row.props });
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

// A batch's rows split by whether the entity existed before the row: those are created
// outright, the rest merged. Order is kept within each part, and creates run first, so a
// later row of the same entity (merged) lands on the one just created.
function splitByPresence<B extends { create: boolean; rows: R[] }, R>(
  batch: B,
  rows: { row: R; existed: boolean }[],
): B[] {
  const created = rows.filter((r) => !r.existed).map((r) => r.row);
  const merged = rows.filter((r) => r.existed).map((r) => r.row);
  return [
    { ...batch, create: true, rows: created },
    { ...batch, create: false, rows: merged },
  ].filter((b) => b.rows.length > 0);
}

/**
 * The plans cut down to the rows that change something when written in order over `before`,
 * as `predictEntityStates` models them: an unchanged entity is not written again, so a
 * re-import of unchanged data writes nothing. Rows of entities absent from `before` (and
 * not written earlier in the run) are marked to be created without a lookup.
 */
export function changingPlans(before: EntityStates, plans: WritePlan[]): WritePlan[] {
  const current: EntityStates = new Map(before);
  // The row, whether its entity existed, or null when it changes nothing.
  const change = <R>(row: R, id: string, next: Record<string, unknown>) => {
    const old = current.get(id);
    current.set(id, next);
    if (old && sameValue(old, next)) return [];
    return [{ row, existed: old !== undefined }];
  };
  return plans.map((plan) => ({
    nodes: plan.nodes.flatMap((batch) =>
      splitByPresence(
        batch,
        batch.rows.flatMap((row) => {
          const id = nodeId(batch.kind.label, row.key);
          const old = current.get(id);
          if (batch.reference && old) return [];
          return change(row, id, { ...old, ...row.props });
        }),
      ),
    ),
    relationships: plan.relationships.flatMap((batch) =>
      splitByPresence(
        batch,
        batch.rows.flatMap((row) =>
          change(row, relationshipId(batch.kind.type, row.from, row.to), { ...row.props }),
        ),
      ),
    ),
  }));
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
      ? names.filter((name) => !sameValue(old[name], props[name]))
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
