import { relationshipKinds } from '@treatygraph/schema';
import type { ImportDocument, NodeRow, RelationshipRow } from '@treatygraph/schema';
import { isNearDuplicate, titleSimilarity } from './near-duplicates';

/** A declaration already in the database or read earlier in the same run. */
export type KnownDeclaration = {
  id: string;
  props: Record<string, unknown>;
  signatories: Set<string>;
  /** The file it was read from, or `the database`. */
  origin: string;
};

/** The source each relationship already holds, by `TYPE from to`. */
export type Citations = Map<string, string | undefined>;

/** One report joined to a declaration another source already gave. */
export type DeclarationMerge = {
  file: string;
  title: string;
  /** The id the report would have had on its own. */
  id: string;
  into: string;
  intoTitle: string;
  origin: string;
  similarity: number;
};

export const relationshipKey = (r: { type: string; from: string; to: string }) =>
  `${r.type} ${r.from} ${r.to}`;

const DECLARATION_ENDS = new Map(
  Object.values(relationshipKinds).map((k) => [
    k.type,
    { from: k.from === 'Declaration', to: k.to === 'Declaration' },
  ]),
);

// The signatories of every declaration of a document, in one pass over its relationships.
function signatoriesByDeclaration(document: ImportDocument): Map<string, Set<string>> {
  const signatories = new Map<string, Set<string>>();
  for (const r of document.relationships) {
    if (r.type !== 'SIGNED') continue;
    const codes = signatories.get(r.to) ?? new Set<string>();
    codes.add(r.from);
    signatories.set(r.to, codes);
  }
  return signatories;
}

function factsOf(known: KnownDeclaration) {
  const adoptedOn = known.props.adoptedOn;
  return {
    title: String(known.props.title ?? ''),
    ...(typeof adoptedOn === 'string' && { adoptedOn }),
    signatories: known.signatories,
  };
}

function rename(row: RelationshipRow, renamed: Map<string, string>): RelationshipRow {
  const ends = DECLARATION_ENDS.get(row.type);
  return {
    ...row,
    from: (ends?.from && renamed.get(row.from)) || row.from,
    to: (ends?.to && renamed.get(row.to)) || row.to,
  };
}

/**
 * Joins the declarations of one document to those already known when they are the same one
 * (same id) or near-duplicates (same date, near-identical title, mostly the same signatories):
 * a near-duplicate takes the known id, adds only the properties the known one lacks, and its
 * source becomes a second REPORTED_IN. A fact about a known declaration that another source
 * already cites keeps that first citation. Updates `known` and `citations` for the next
 * document of the run.
 */
export function mergeDeclarations(options: {
  file: string;
  document: ImportDocument;
  state: { known: KnownDeclaration[]; citations: Citations };
}): { document: ImportDocument; merges: DeclarationMerge[] } {
  const { file, document } = options;
  const { known, citations } = options.state;
  const renamed = new Map<string, string>();
  const joined = new Set<string>();
  const merges: DeclarationMerge[] = [];
  const rows: NodeRow[] = [];
  const signed = signatoriesByDeclaration(document);
  const byId = new Map<string, KnownDeclaration>();
  const byDate = new Map<string, KnownDeclaration[]>();
  const remember = (k: KnownDeclaration) => {
    if (!byId.has(k.id)) byId.set(k.id, k);
    const date = k.props.adoptedOn;
    if (typeof date !== 'string') return;
    const sameDay = byDate.get(date) ?? [];
    if (!sameDay.includes(k)) sameDay.push(k);
    byDate.set(date, sameDay);
  };
  known.forEach(remember);
  for (const row of document.nodes.Declaration ?? []) {
    const id = String(row.id);
    const title = String(row.title ?? '');
    const adoptedOn = typeof row.adoptedOn === 'string' ? row.adoptedOn : undefined;
    const signatories = new Set(signed.get(id));
    const facts = { title, ...(adoptedOn && { adoptedOn }), signatories };
    const same = byId.get(id);
    // Near-duplicates share their date; the first one known wins, as before.
    const sameDay = adoptedOn ? (byDate.get(adoptedOn) ?? []) : [];
    const near = same ? undefined : sameDay.find((k) => isNearDuplicate(factsOf(k), facts));
    const match = same ?? near;
    if (!match) {
      const added = { id, props: { ...row }, signatories, origin: file };
      known.push(added);
      remember(added);
      rows.push(row);
      continue;
    }
    joined.add(match.id);
    signatories.forEach((code) => match.signatories.add(code));
    if (!near) {
      Object.assign(match.props, row);
      remember(match);
      rows.push(row);
      continue;
    }
    const intoTitle = String(match.props.title ?? '');
    renamed.set(id, match.id);
    merges.push({
      file,
      title,
      id,
      into: match.id,
      intoTitle,
      origin: match.origin,
      similarity: Number(titleSimilarity(title, intoTitle).toFixed(2)),
    });
    const missing = Object.entries(row).filter(
      ([key, value]) => value !== undefined && match.props[key] === undefined,
    );
    Object.assign(match.props, Object.fromEntries(missing));
    remember(match);
    rows.push({ ...Object.fromEntries(missing), id: match.id });
  }
  const relationships = document.relationships
    .map((row) => rename(row, renamed))
    .filter((row) => {
      if (!joined.has(row.from) && !joined.has(row.to)) return true;
      const cited = citations.get(relationshipKey(row));
      return !(cited && typeof row.source === 'string' && cited !== row.source);
    });
  for (const row of relationships) {
    citations.set(relationshipKey(row), typeof row.source === 'string' ? row.source : undefined);
  }
  const nodes = { ...document.nodes, ...(rows.length > 0 && { Declaration: rows }) };
  return { document: { ...document, nodes, relationships }, merges };
}
