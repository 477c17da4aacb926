import { nodeKinds, provenanceProperties, relationshipKinds } from '@treatygraph/schema';
import type { ImportDocument, NodeKind, NodeLabel, RelationshipKind } from '@treatygraph/schema';
import { stateRows } from '../resolve/countries';
import { registryEntry } from '../resolve/registry';
import { neo4jProps } from './neo4j-value';

export type NodeBatch = {
  kind: NodeKind;
  rows: { key: unknown; props: Record<string, unknown> }[];
};
export type RelationshipBatch = {
  kind: RelationshipKind;
  rows: { from: string; to: string; props: Record<string, unknown> }[];
};
/** What one transaction writes: node batches in model order, then relationship batches. */
export type WritePlan = { nodes: NodeBatch[]; relationships: RelationshipBatch[] };

// Nodes a document may reference without defining them, looked up by key.
function referenceRow(label: string, key: string): Record<string, unknown> | undefined {
  if (label === 'State') return stateRows().find((s) => s.code === key);
  if (label === 'Instrument' || label === 'Organization') return registryEntry(label, key);
  return undefined;
}

function referencedRows(document: ImportDocument, label: NodeLabel): Record<string, unknown>[] {
  const kind = nodeKinds[label];
  const defined = new Set((document.nodes[label] ?? []).map((row) => row[kind.key]));
  const keys = new Set(
    document.relationships.flatMap((r) => {
      const rel = Object.values(relationshipKinds).find((k) => k.type === r.type);
      return [rel?.from === label ? r.from : [], rel?.to === label ? r.to : []].flat();
    }),
  );
  return [...keys]
    .filter((key) => !defined.has(key))
    .flatMap((key) => {
      const row = referenceRow(label, key);
      return row ? [row] : [];
    });
}

/**
 * The batches that write a document: its own nodes, plus the gazetteer states and registry
 * instruments and organizations its relationships name, so `to: untoc` needs no definition.
 */
export function planWrite(document: ImportDocument): WritePlan {
  const labels = Object.keys(nodeKinds) as NodeLabel[];
  const nodes = labels.flatMap((label): NodeBatch[] => {
    const kind = nodeKinds[label];
    const rows = [...(document.nodes[label] ?? []), ...referencedRows(document, label)];
    if (rows.length === 0) return [];
    return [
      {
        kind,
        rows: rows.map((row) => ({ key: row[kind.key], props: neo4jProps(row, kind.properties) })),
      },
    ];
  });
  const relationships = Object.values(relationshipKinds).flatMap((kind): RelationshipBatch[] => {
    const rows = document.relationships
      .filter((r) => r.type === kind.type)
      .map(({ type: _type, from, to, ...props }) => ({
        from,
        to,
        props: neo4jProps(props, { ...kind.properties, ...provenanceProperties }),
      }));
    return rows.length === 0 ? [] : [{ kind, rows }];
  });
  return { nodes, relationships };
}
