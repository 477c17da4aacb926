import { nodeKinds, provenanceProperties, relationshipKinds } from '@treatygraph/schema';
import type { ImportDocument, NodeKind, NodeLabel, RelationshipKind } from '@treatygraph/schema';
import { stateRows } from '../resolve/countries';
import { registryEntry } from '../resolve/registry';
import { neo4jProps } from './neo4j-value';

export type NodeBatch = {
  kind: NodeKind;
  /**
   * Gazetteer states a document names without defining: created when missing, never
   * overwritten, so a re-import leaves them alone.
   */
  reference: boolean;
  /**
   * Rows read in the same transaction and found absent: created without looking for an
   * existing node or relationship, which a large first import would pay on every row.
   */
  create: boolean;
  rows: { key: unknown; props: Record<string, unknown> }[];
};
export type RelationshipBatch = {
  kind: RelationshipKind;
  /** As for nodes: rows known to be absent, created outright. */
  create: boolean;
  rows: { from: string; to: string; props: Record<string, unknown> }[];
};
/** What one transaction writes: node batches in model order, then relationship batches. */
export type WritePlan = { nodes: NodeBatch[]; relationships: RelationshipBatch[] };

let states: Map<string, Record<string, unknown>> | undefined;
const KINDS_BY_TYPE = new Map(Object.values(relationshipKinds).map((k) => [k.type, k]));

// Nodes a document may reference without defining them, looked up by key.
function referenceRow(label: string, key: string): Record<string, unknown> | undefined {
  if (label === 'State') {
    states ??= new Map(stateRows().map((s) => [s.code, s]));
    return states.get(key);
  }
  if (label === 'Instrument' || label === 'Organization') return registryEntry(label, key);
  return undefined;
}

function referencedRows(document: ImportDocument, label: NodeLabel): Record<string, unknown>[] {
  const kind = nodeKinds[label];
  const defined = new Set((document.nodes[label] ?? []).map((row) => row[kind.key]));
  const keys = new Set<string>();
  for (const r of document.relationships) {
    const rel = KINDS_BY_TYPE.get(r.type);
    if (rel?.from === label) keys.add(r.from);
    if (rel?.to === label) keys.add(r.to);
  }
  return [...keys]
    .filter((key) => !defined.has(key))
    .flatMap((key) => {
      const row = referenceRow(label, key);
      return row ? [row] : [];
    });
}

function batchOf(kind: NodeKind, rows: Record<string, unknown>[], reference: boolean): NodeBatch[] {
  if (rows.length === 0) return [];
  const planned = rows.map((row) => ({
    key: row[kind.key],
    props: neo4jProps(row, kind.properties),
  }));
  return [{ kind, reference, create: false, rows: planned }];
}

/**
 * The batches that write a document: its own nodes, plus the gazetteer states and registry
 * instruments and organizations its relationships name, so `to: untoc` needs no definition.
 */
export function planWrite(document: ImportDocument): WritePlan {
  const labels = Object.keys(nodeKinds) as NodeLabel[];
  const nodes = labels.flatMap((label): NodeBatch[] => {
    const kind = nodeKinds[label];
    const defined = document.nodes[label] ?? [];
    const referenced = referencedRows(document, label);
    // Only gazetteer states are written create-only; registry entries keep following the registry.
    if (label !== 'State') return batchOf(kind, [...defined, ...referenced], false);
    return [...batchOf(kind, defined, false), ...batchOf(kind, referenced, true)];
  });
  const byType = new Map<string, ImportDocument['relationships']>();
  for (const r of document.relationships) {
    const rows = byType.get(r.type) ?? [];
    rows.push(r);
    byType.set(r.type, rows);
  }
  const relationships = Object.values(relationshipKinds).flatMap((kind): RelationshipBatch[] => {
    const specs = { ...kind.properties, ...provenanceProperties };
    const rows = (byType.get(kind.type) ?? []).map(({ type: _type, from, to, ...props }) => ({
      from,
      to,
      props: neo4jProps(props, specs),
    }));
    return rows.length === 0 ? [] : [{ kind, create: false, rows }];
  });
  return { nodes, relationships };
}
