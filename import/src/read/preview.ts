import type { ImportDocument, RelationshipRow } from '@treatygraph/schema';
import { stateRows } from '../resolve/countries';
import { registryEntry } from '../resolve/registry';
import type { InputUnresolved, InputWarning, ReadInput } from './read-input';

/** Where a fact was read: the sentence and, when known, the offsets in the input. */
export type Evidence = {
  sentence: string;
  start: number | null;
  end: number | null;
  sentenceStart?: number;
  sentenceEnd?: number;
};

/** What a dry run shows: the JSON shape, the same for every kind of input. */
export type ImportPreview = {
  declarations: {
    title: string | null;
    adoptedOn: string | null;
    signatories: { code: string; name: string; evidence: Evidence | null }[];
    nonStateSignatories: { name: string }[];
    references: { id: string; name: string }[];
    organizations: { id: string; name: string }[];
    partial: boolean;
    /** How sure the reading is (an import document states its facts: 1), and why. */
    confidence: number;
    reasons: string[];
    /** Not written by an import until a person has checked it. */
    needsReview: boolean;
  }[];
  participations: {
    state: string;
    instrument: string;
    signedOn: string | null;
    consentOn: string | null;
    consentType: string | null;
  }[];
  unresolved: InputUnresolved[];
  warnings: InputWarning[];
};

let stateNames: Map<string, string> | undefined;

function stateName(code: string): string {
  stateNames ??= new Map(stateRows().map((s) => [s.code, s.name]));
  return stateNames.get(code) ?? code;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const int = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function evidenceOf(row: RelationshipRow): Evidence | null {
  const sentence = text(row.quote);
  return sentence === null
    ? null
    : { sentence, start: int(row.quoteStart), end: int(row.quoteEnd) };
}

function nameOf(document: ImportDocument, label: 'Instrument' | 'Organization', id: string) {
  const row = document.nodes[label]?.find((r) => r.id === id) ?? registryEntry(label, id);
  return text(row?.name) ?? id;
}

// Relationships by `type end id`, so each declaration finds its own without a scan of all.
function byEndpoint(relationships: RelationshipRow[]): Map<string, RelationshipRow[]> {
  const index = new Map<string, RelationshipRow[]>();
  const add = (key: string, row: RelationshipRow) => {
    const rows = index.get(key);
    if (rows) rows.push(row);
    else index.set(key, [row]);
  };
  for (const row of relationships) {
    add(`${row.type} from ${row.from}`, row);
    add(`${row.type} to ${row.to}`, row);
  }
  return index;
}

function documentDeclarations(document: ImportDocument): ImportPreview['declarations'] {
  const index = byEndpoint(document.relationships);
  const at = (type: string, end: 'from' | 'to', id: string) =>
    index.get(`${type} ${end} ${id}`) ?? [];
  return (document.nodes.Declaration ?? []).map((row) => {
    const id = String(row.id);
    return {
      title: String(row.title),
      adoptedOn: text(row.adoptedOn),
      signatories: at('SIGNED', 'to', id).map((r) => ({
        code: r.from,
        name: stateName(r.from),
        evidence: evidenceOf(r),
      })),
      nonStateSignatories: at('ORGANIZATION_SIGNED', 'to', id).map((r) => ({
        name: nameOf(document, 'Organization', r.from),
      })),
      references: at('REFERENCES', 'from', id).map((r) => ({
        id: r.to,
        name: nameOf(document, 'Instrument', r.to),
      })),
      organizations: at('SUPPORTS', 'from', id).map((r) => ({
        id: r.to,
        name: nameOf(document, 'Organization', r.to),
      })),
      partial: row.partialSignatories === 'yes',
      confidence: 1,
      reasons: ['stated in an import document'],
      needsReview: false,
    };
  });
}

function extractedDeclarations(input: ReadInput): ImportPreview['declarations'] {
  return (input.extraction?.declarations ?? []).map((d) => ({
    title: d.title,
    adoptedOn: d.adoptedOn,
    signatories: d.signatories.map(({ code, name, evidence }) => ({ code, name, evidence })),
    nonStateSignatories: d.nonStateSignatories.map(({ name }) => ({ name })),
    references: d.references.map(({ id, name }) => ({ id, name })),
    organizations: d.organizations.map(({ id, name }) => ({ id, name })),
    partial: d.partial,
    confidence: d.confidence,
    reasons: d.reasons,
    needsReview: d.needsReview,
  }));
}

/**
 * The preview of a run's inputs: declarations (from a text, as extracted, with each fact's
 * evidence), treaty participations, and what could not be resolved.
 */
export function previewOf(inputs: ReadInput[]): ImportPreview {
  return {
    declarations: inputs.flatMap((input) =>
      input.extraction ? extractedDeclarations(input) : documentDeclarations(input.document),
    ),
    participations: inputs.flatMap((input) =>
      input.document.relationships
        .filter((r) => r.type === 'PARTY_TO')
        .map((r) => ({
          state: r.from,
          instrument: r.to,
          signedOn: text(r.signedOn),
          consentOn: text(r.consentOn),
          consentType: text(r.consentType),
        })),
    ),
    unresolved: inputs.flatMap((input) => input.unresolved),
    warnings: inputs.flatMap((input) => input.warnings),
  };
}
