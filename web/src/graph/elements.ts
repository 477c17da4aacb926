import type { CorpusGraphQuery, CorpusStatesQuery } from '../api/generated/graphql';
import type { NodeKind, NodeRef, RelationshipType } from './kinds';
import { toRegionKey, type RegionKey } from './regions';

/** A state as the views draw it. */
export type CorpusState = CorpusStatesQuery['states']['edges'][number]['node'];

/** An instrument as the views draw it, with the one it supplements. */
export type CorpusInstrument = {
  id: string;
  name: string;
  shortName?: string | null;
  kind: string;
  adoptedOn?: string | null;
  supplements?: CorpusInstrument | null;
};

type DeclarationRow = CorpusGraphQuery['declarations']['edges'][number]['node'];

/** A declaration with its signatories and citations joined to whole states and instruments. */
export type CorpusDeclaration = Omit<DeclarationRow, 'signatories' | 'references'> & {
  signatories: CorpusState[];
  references: CorpusInstrument[];
};

/** What every drawn node carries; the stylesheet selects on `kind` and `region`. */
export type GraphNodeData = {
  /** The key itself (`LAO`, `untoc`): readable in tests and URLs. See {@link createCorpusElements}. */
  id: string;
  kind: NodeKind;
  key: string;
  /** Short text drawn on the canvas. */
  label: string;
  /** Full name, for lists and tooltips. */
  name: string;
  /** States only. */
  region?: RegionKey;
  /** Organizations only, when known. */
  acronym?: string;
  /** States only: the geographic centre, for the geographic layout. */
  latitude?: number;
  longitude?: number;
  /** Fill colour set by the view's colouring (region, coalition, status, group). */
  color?: string;
  /** What the colour means, for tooltips and exports: "Africa", "Party since 2003-05-01". */
  colorLabel?: string;
  /** Drawn as a dashed ring of `color` around a white node: what the data does not know. */
  hollow?: boolean;
  /** Node size relative to its kind's, for weighted views (1 is the kind's size). */
  scale?: number;
  /** Votes: a signatory of the overlaid declaration, drawn with a ring. */
  ringed?: boolean;
};

/** What every drawn edge carries; the stylesheet selects on `kind`, the relationship type. */
export type GraphEdgeData = {
  id: string;
  source: string;
  target: string;
  kind: RelationshipType;
  /**
   * Co-signature: how many declarations the two states signed together. Votes: their agreement,
   * 0 to 1.
   */
  weight?: number;
  /** Votes: the roll calls on which both states voted. */
  votesCompared?: number;
  /** Hover text: what binds the two ends. */
  label?: string;
  /** Co-signature: ids of the shared declarations. */
  shared?: string[];
  /** The day the tie began: adoption of the declaration signed or cited, consent to a treaty. */
  since?: string;
  /** The day a withdrawal took effect. */
  until?: string;
  /** PARTY_TO: the day of signature, and how consent was given (ratification, accession…). */
  signedOn?: string;
  consentType?: string;
  /** Who said so: the publishers (or titles) of the sources, joined with "; ". */
  reportedBy?: string;
};

type SourceName = { publisher?: string | null; title?: string | null };

/** Sources as one readable cell: publishers, or titles where there is no publisher. */
export function sourceNames(sources: readonly (SourceName | null | undefined)[]): string {
  const names = sources.map((s) => s?.publisher ?? s?.title).filter((n): n is string => !!n);
  return [...new Set(names)].join('; ');
}

/** The optional edge facts that are known, without empty ones. */
export function edgeFacts(
  facts: Pick<GraphEdgeData, 'since' | 'until' | 'signedOn' | 'consentType' | 'reportedBy'>,
): Partial<GraphEdgeData> {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => !!value));
}

/** Cytoscape's `ElementsDefinition`, narrowed to what treatygraph draws. */
export type GraphElements = {
  nodes: { data: GraphNodeData }[];
  edges: { data: GraphEdgeData }[];
};

const MAX_LABEL = 48;

/**
 * Shortens a label for the canvas at a word boundary.
 * @example shortenLabel('Human Trafficking is Organized Crime. It’s Time to End Exploitation')
 */
export function shortenLabel(text: string, max = MAX_LABEL): string {
  if (text.length <= max) return text;
  // One character more than fits, so a word that ends exactly at the limit is kept whole.
  const space = text.slice(0, max).lastIndexOf(' ');
  const cut = space > max / 2 ? text.slice(0, space) : text.slice(0, max - 1);
  return `${cut.replace(/[\s.,;:]+$/, '')}…`;
}

/**
 * Turns the corpus query's declarations into Cytoscape elements: each declaration a hub, with
 * its signatory states and non-state signatories (such as the EU), the instruments it references (and those they supplement) and the
 * organizations it supports. Shared neighbours appear once; the result is sorted by id so the
 * same data always gives the same elements.
 *
 * A node's id is its key: state codes (upper-case ISO alpha-3) and the server's slugs
 * (date-prefixed for declarations) do not collide in practice. Should a key be taken by a node
 * of another kind, the newcomer's id is prefixed with its kind (`Organization:untoc`), so two
 * nodes are never merged.
 */
export function createCorpusElements(declarations: readonly CorpusDeclaration[]): GraphElements {
  const nodes = new Map<string, GraphNodeData>();
  const edges = new Map<string, GraphEdgeData>();

  const idOf = new Map<string, string>();
  // `data` is read for a new node only: a state recurs in thousands of a large view's signatures.
  const addNode = (
    ref: NodeRef,
    data: () => Omit<GraphNodeData, 'id' | 'kind' | 'key'>,
  ): string => {
    const known = idOf.get(`${ref.kind}\u0000${ref.key}`);
    if (known) return known;
    const id = nodes.has(ref.key) ? `${ref.kind}:${ref.key}` : ref.key;
    idOf.set(`${ref.kind}\u0000${ref.key}`, id);
    nodes.set(id, { id, kind: ref.kind, key: ref.key, ...data() });
    return id;
  };
  const addEdge = (
    kind: RelationshipType,
    [source, target]: [string, string],
    facts: Partial<GraphEdgeData> = {},
  ): void => {
    const id = `${kind}:${source}->${target}`;
    edges.set(id, { id, source, target, kind, ...facts });
  };
  const addInstrument = (instrument: CorpusInstrument): string =>
    addNode({ kind: 'Instrument', key: instrument.id }, () => ({
      label: shortenLabel(instrument.shortName ?? instrument.name),
      name: instrument.name,
    }));

  for (const declaration of declarations) {
    const hub = addNode({ kind: 'Declaration', key: declaration.id }, () => ({
      label: shortenLabel(declaration.title),
      name: declaration.title,
    }));
    const facts = edgeFacts({
      since: declaration.adoptedOn ?? undefined,
      reportedBy: sourceNames(declaration.sources),
    });
    for (const state of declaration.signatories) {
      const id = addNode({ kind: 'State', key: state.code }, () => stateData(state));
      addEdge('SIGNED', [id, hub], facts);
    }
    for (const organization of declaration.nonStateSignatories) {
      const { acronym, name } = organization;
      const id = addNode({ kind: 'Organization', key: organization.id }, () =>
        acronym ? { label: acronym, name, acronym } : { label: shortenLabel(name), name },
      );
      addEdge('ORGANIZATION_SIGNED', [id, hub], facts);
    }
    for (const instrument of declaration.references) {
      const id = addInstrument(instrument);
      addEdge('REFERENCES', [hub, id], facts);
      if (instrument.supplements)
        addEdge('SUPPLEMENTS', [id, addInstrument(instrument.supplements)]);
    }
    for (const organization of declaration.organizations) {
      const { acronym, name } = organization;
      const id = addNode({ kind: 'Organization', key: organization.id }, () =>
        acronym ? { label: acronym, name, acronym } : { label: shortenLabel(name), name },
      );
      addEdge('SUPPORTS', [hub, id], facts);
    }
  }

  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);
  return {
    nodes: [...nodes.values()].sort(byId).map((data) => ({ data })),
    edges: [...edges.values()].sort(byId).map((data) => ({ data })),
  };
}

type StateFields = {
  name: string;
  region?: string | null;
  latitude?: number | null;
  longitude?: number | null;
};

/** A state's node data: name, region and, when known, its geographic centre. */
export function stateData(state: StateFields): Omit<GraphNodeData, 'id' | 'kind' | 'key'> {
  const data: Omit<GraphNodeData, 'id' | 'kind' | 'key'> = {
    label: state.name,
    name: state.name,
    region: toRegionKey(state.region),
  };
  if (typeof state.latitude === 'number' && typeof state.longitude === 'number') {
    data.latitude = state.latitude;
    data.longitude = state.longitude;
  }
  return data;
}
