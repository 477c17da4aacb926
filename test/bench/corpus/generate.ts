import { IMPORT_FORMAT } from '@treatygraph/schema';
import type { ImportDocument, NodeRow, RelationshipRow } from '@treatygraph/schema';
import { regionalBlocs } from './blocs';
import type { Bloc } from './blocs';
import { syntheticDeclaration } from './declarations';
import { syntheticInstrument } from './instruments';
import { createRandom } from './random';

export type CorpusOptions = {
  seed: number;
  /** Signature edges to make: SIGNED plus PARTY_TO relationships, exactly. */
  edges: number;
  /** Relationships per import document, at most (whole declarations and tables stay together). */
  documentEdges?: number;
};

export type Corpus = {
  blocs: Bloc[];
  /** Import documents in import order: instruments with their party tables, then declarations. */
  documents: ImportDocument[];
  /** Every declaration's id, adoption day and signatories' codes, in generation order. */
  declarations: { id: string; adoptedOn: string; signatories: string[]; blocs: string[] }[];
  instrumentIds: string[];
  counts: { declarations: number; instruments: number; signed: number; partyTo: number };
};

export const MAX_INSTRUMENTS = 500;
/** Relationships per import document unless `documentEdges` says otherwise. */
export const DEFAULT_DOCUMENT_EDGES = 5_000;

/** About one instrument per 2,000 edges, at least one, at most MAX_INSTRUMENTS. */
export function instrumentCount(edges: number): number {
  return Math.min(MAX_INSTRUMENTS, Math.max(1, Math.round(edges / 2_000)));
}

type Unit = { label: 'Declaration' | 'Instrument'; node: NodeRow; rows: RelationshipRow[] };

/** Packs whole units into documents of at most `limit` relationships (one unit may exceed it). */
function packDocuments(units: Unit[], limit: number): ImportDocument[] {
  const documents: ImportDocument[] = [];
  let current: ImportDocument | undefined;
  for (const unit of units) {
    const full = current && current.relationships.length + unit.rows.length > limit;
    if (!current || full) {
      current = { format: IMPORT_FORMAT, nodes: {}, relationships: [] };
      documents.push(current);
    }
    (current.nodes[unit.label] ??= []).push(unit.node);
    current.relationships.push(...unit.rows);
  }
  return documents;
}

/**
 * A synthetic corpus of exactly `edges` signature edges, the same for the same options: about
 * one instrument per 2,000 edges (at most 500) with party tables, the rest declarations signed
 * along regional blocs. The last declaration is cut to land on the exact count.
 * @example generateCorpus({ seed: 1, edges: 10_000 }).counts.signed
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const { seed, edges } = options;
  if (!Number.isInteger(edges) || edges < 2) {
    throw new Error(`corpus edges must be an integer of at least 2, got ${edges}`);
  }
  const random = createRandom(seed);
  const blocs = regionalBlocs();
  const units: Unit[] = [];
  const instruments = instrumentCount(edges);
  let partyTo = 0;
  const instrumentIds: string[] = [];
  for (let index = 0; index < instruments; index += 1) {
    const { node, parties } = syntheticInstrument({ random, blocs, index });
    // Party tables take at most half the edges, so small corpora still have declarations.
    const rows = parties.slice(0, Math.max(0, Math.floor(edges / 2) - partyTo));
    partyTo += rows.length;
    instrumentIds.push(String(node.id));
    units.push({ label: 'Instrument', node, rows });
  }
  const declarations: Corpus['declarations'] = [];
  let signed = 0;
  const taken = new Set<string>();
  while (signed < edges - partyTo) {
    const declaration = syntheticDeclaration({ random, blocs, index: declarations.length, taken });
    const rows = declaration.signatures.slice(0, edges - partyTo - signed);
    signed += rows.length;
    declarations.push({
      id: String(declaration.node.id),
      adoptedOn: String(declaration.node.adoptedOn),
      signatories: rows.map((row) => row.from),
      blocs: declaration.blocs,
    });
    units.push({ label: 'Declaration', node: declaration.node, rows });
  }
  return {
    blocs,
    documents: packDocuments(units, options.documentEdges ?? DEFAULT_DOCUMENT_EDGES),
    declarations,
    instrumentIds,
    counts: { declarations: declarations.length, instruments, signed, partyTo },
  };
}
