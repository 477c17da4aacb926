import { nodeKind, nodeKinds, relationshipKinds } from '../model';
import type { NodeKind, RelationshipKind } from '../model';

/**
 * Parameterised batch upsert for one node kind. Rows are `{ key, props }`; the shape is
 * constant so Neo4j caches one plan per kind whatever the batch.
 */
export function mergeNodesCypher(kind: NodeKind): string {
  return (
    `UNWIND $rows AS row ` +
    `MERGE (n:${kind.label} {${kind.key}: row.key}) ` +
    `SET n += row.props ` +
    `RETURN count(n) AS count`
  );
}

/**
 * Parameterised batch upsert for one relationship type: one relationship per pair of
 * endpoints (and per value of the kind's `mergeKey`), whose properties are replaced by the latest import. Endpoints must exist; the
 * returned count lets the caller detect rows whose endpoints were missing.
 */
export function mergeRelationshipsCypher(kind: RelationshipKind): string {
  const from = nodeKind(kind.from);
  const to = nodeKind(kind.to);
  const key = (kind.mergeKey ?? []).map((p) => `${p}: row.props.${p}`).join(', ');
  return (
    `UNWIND $rows AS row ` +
    `MATCH (a:${from.label} {${from.key}: row.from}) ` +
    `MATCH (b:${to.label} {${to.key}: row.to}) ` +
    `MERGE (a)-[r:${kind.type}${key ? ` {${key}}` : ''}]->(b) ` +
    `SET r = row.props ` +
    `RETURN count(r) AS count`
  );
}

/**
 * Batch insert of nodes the caller knows are new (it read the graph in the same
 * transaction): no lookup of an existing node, which a large import would pay per row.
 */
export function createNodesCypher(kind: NodeKind): string {
  return `UNWIND $rows AS row CREATE (n:${kind.label}) SET n = row.props RETURN count(n) AS count`;
}

/**
 * Batch insert of relationships the caller knows are new: no search among the endpoints'
 * existing relationships, whose cost grows with their degree inside one large transaction.
 */
export function createRelationshipsCypher(kind: RelationshipKind): string {
  const from = nodeKind(kind.from);
  const to = nodeKind(kind.to);
  return (
    `UNWIND $rows AS row ` +
    `MATCH (a:${from.label} {${from.key}: row.from}) ` +
    `MATCH (b:${to.label} {${to.key}: row.to}) ` +
    `CREATE (a)-[r:${kind.type}]->(b) ` +
    `SET r = row.props ` +
    `RETURN count(r) AS count`
  );
}

/** Every upsert statement, keyed by label or relationship type. */
export function mergeStatements() {
  return {
    nodes: Object.fromEntries(
      Object.entries(nodeKinds).map(([label, kind]) => [label, mergeNodesCypher(kind)]),
    ),
    relationships: Object.fromEntries(
      Object.entries(relationshipKinds).map(([type, kind]) => [
        type,
        mergeRelationshipsCypher(kind),
      ]),
    ),
  };
}
