import type { ImportDocument } from '@treatygraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { relationshipKey } from './merge-declarations';
import type { Citations, KnownDeclaration } from './merge-declarations';
import { mayBeNearDuplicate } from './near-duplicates';

type DeclarationRow = NonNullable<ImportDocument['nodes']['Declaration']>[number];
type Stored = { id: string; props: Record<string, unknown> };

/** What the merge step needs of the database: the declarations a run may join, and their citations. */
export type MergeState = { known: KnownDeclaration[]; citations: Citations };

/** A stored relationship, by its endpoints' keys, with its whole property map. */
export type StoredRelationship = {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
};

/**
 * The merge state, and what was read for it: every stored declaration read by id (all the
 * declarations the run can write: its own ids, and those it may join), and every relationship
 * of the join candidates, so neither needs a second read.
 */
export type KnownDeclarations = MergeState & {
  stored: Map<string, Record<string, unknown>>;
  /** Ids of the declarations whose relationships are all in `relationships`. */
  candidates: Set<string>;
  relationships: StoredRelationship[];
};

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The stored declarations a run's rows may join: those with a row's id, and those a row could
 * be a near-duplicate of (same day, titles alike). Other declarations of the same days cannot
 * be joined whatever their signatories, so theirs are never read.
 */
export function joinCandidates(
  stored: readonly Stored[],
  rows: readonly DeclarationRow[],
): Stored[] {
  const ids = new Set(rows.map((row) => String(row.id)));
  const facts = rows.map((row) => ({
    title: String(row.title ?? ''),
    adoptedOn: text(row.adoptedOn),
  }));
  return stored.filter(
    ({ id, props }) =>
      ids.has(id) ||
      facts.some((row) =>
        mayBeNearDuplicate(
          { title: String(props.title ?? ''), adoptedOn: text(props.adoptedOn) },
          row,
        ),
      ),
  );
}

/**
 * Declarations the database holds that the run's declarations may join, with their
 * signatories and the sources of their relationships: one read of the candidates'
 * relationships after one read of the declarations on the run's dates, however large the graph.
 */
export async function knownDeclarations(
  tx: ManagedTransaction,
  rows: readonly DeclarationRow[],
): Promise<KnownDeclarations> {
  const stored = await tx.run(
    'MATCH (d:Declaration) WHERE d.adoptedOn IN $dates OR d.id IN $ids ' +
      'RETURN d.id AS id, properties(d) AS props',
    {
      dates: [...new Set(rows.map((r) => r.adoptedOn).filter((d) => typeof d === 'string'))],
      ids: rows.map((r) => r.id),
    },
  );
  const all = stored.records.map((record) => ({
    id: String(record.get('id')),
    props: record.get('props') as Record<string, unknown>,
  }));
  // Copies: the merge step adds a run's properties to the known declarations' own maps.
  const byId = new Map(all.map(({ id, props }) => [id, { ...props }]));
  const candidates = joinCandidates(all, rows);
  const ids = candidates.map((c) => c.id);
  const empty = { known: [], citations: new Map(), stored: byId, relationships: [] };
  if (ids.length === 0) return { ...empty, candidates: new Set() };
  // Each relationship of a candidate, once, with its endpoints' keys (a State's is its code).
  const read = await tx.run(
    'MATCH (d:Declaration)-[r]-() WHERE d.id IN $ids WITH DISTINCT r ' +
      'RETURN type(r) AS type, coalesce(startNode(r).id, startNode(r).code) AS from, ' +
      'coalesce(endNode(r).id, endNode(r).code) AS to, properties(r) AS props',
    { ids },
  );
  const relationships: StoredRelationship[] = read.records.map((record) => ({
    type: String(record.get('type')),
    from: String(record.get('from')),
    to: String(record.get('to')),
    props: record.get('props') as Record<string, unknown>,
  }));
  const signatories = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  const citations: Citations = new Map();
  for (const { type, from, to, props } of relationships) {
    if (type === 'SIGNED') signatories.get(to)?.add(from);
    const source = props.source;
    citations.set(
      relationshipKey({ type, from, to }),
      typeof source === 'string' ? source : undefined,
    );
  }
  const known = candidates.map(({ id, props }) => ({
    id,
    props,
    signatories: signatories.get(id) ?? new Set<string>(),
    origin: 'the database',
  }));
  return { known, citations, stored: byId, candidates: new Set(ids), relationships };
}
