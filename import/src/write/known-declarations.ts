import type { ImportDocument } from '@treatygraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { relationshipKey } from './merge-declarations';
import type { Citations, KnownDeclaration } from './merge-declarations';
import { mayBeNearDuplicate } from './near-duplicates';

type DeclarationRow = NonNullable<ImportDocument['nodes']['Declaration']>[number];
type Stored = { id: string; props: Record<string, unknown> };

/** What the merge step needs of the database: the declarations a run may join, and their citations. */
export type MergeState = { known: KnownDeclaration[]; citations: Citations };

/**
 * The merge state, and every stored declaration read for it by id: all the declarations the
 * run can write (its own ids, and those it may join), so their states need no second read.
 */
export type KnownDeclarations = MergeState & { stored: Map<string, Record<string, unknown>> };

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
 * signatories and the sources of their relationships: two small reads for the candidates
 * after one read of the titles on the run's dates, however large the graph.
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
  if (candidates.length === 0) return { known: [], citations: new Map(), stored: byId };
  const ids = candidates.map((c) => c.id);
  const signed = await tx.run(
    'MATCH (s:State)-[:SIGNED]->(d:Declaration) WHERE d.id IN $ids ' +
      'RETURN d.id AS id, collect(s.code) AS signatories',
    { ids },
  );
  const signatories = new Map(
    signed.records.map((record) => [
      String(record.get('id')),
      record.get('signatories') as string[],
    ]),
  );
  const known = candidates.map(({ id, props }) => ({
    id,
    props,
    signatories: new Set(signatories.get(id)),
    origin: 'the database',
  }));
  const cited = await tx.run(
    'MATCH (d:Declaration)-[r]-() WHERE d.id IN $ids ' +
      'RETURN type(r) AS type, coalesce(startNode(r).id, startNode(r).code) AS from, ' +
      'coalesce(endNode(r).id, endNode(r).code) AS to, r.source AS source',
    { ids },
  );
  const citations: Citations = new Map(
    cited.records.map((record) => [
      relationshipKey({ type: record.get('type'), from: record.get('from'), to: record.get('to') }),
      (record.get('source') as string | null) ?? undefined,
    ]),
  );
  return { known, citations, stored: byId };
}
