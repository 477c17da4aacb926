import {
  identifierKey,
  nodeKinds,
  provenanceProperties,
  relationshipKinds,
} from '@treatygraph/schema';
import { instrumentKindOf } from './instrument-kind-of';
import type { Dataset } from './dataset';
import type { MatchResult } from './match-instruments';
import { neo4jProps } from '../write/neo4j-value';

/** Properties as the database returns them, Integers made numbers. */
export type Props = Record<string, unknown>;

/** What the graph holds that a dataset's write depends on, read in the write transaction. */
export type GraphState = {
  /** Instrument properties by id. */
  instruments: Map<string, Props>;
  /** Source precedence by id (absent: a source without one). */
  precedence: Map<string, number | undefined>;
  sources: Map<string, Props>;
  states: Set<string>;
  /** Organization ids. */
  organizations: Set<string>;
  /** COVERS properties by `source instrument`. */
  tables: Map<string, Props>;
  /**
   * By `participant instrument` (a state's code or an organization's id: upper and lower case
   * never meet): every claim (by source) and the fact.
   */
  participations: Map<string, { claims: Map<string, Props>; fact?: Props }>;
};

export type NodeRows = { key: string; props: Props }[];
export type RelRows = { from: string; to: string; props: Props }[];
/** Rows of one kind: those new to the graph (created outright) and those that change. */
export type Changes<T> = { created: T[]; updated: T[] };

export type DatasetPlan = {
  sources: NodeRows;
  states: NodeRows;
  /** Registry organizations the graph lacks. */
  organizations: NodeRows;
  instruments: Changes<NodeRows[number]>;
  claims: Changes<RelRows[number]>;
  facts: Changes<RelRows[number]>;
  /** Organizations' claims and facts (ORGANIZATION_PARTICIPATION_CLAIM, ORGANIZATION_PARTY_TO). */
  organizationClaims: Changes<RelRows[number]>;
  organizationFacts: Changes<RelRows[number]>;
  tables: Changes<RelRows[number]>;
  counts: {
    instruments: { created: number; updated: number; unchanged: number };
    tables: { created: number; updated: number; unchanged: number };
    claims: { created: number; updated: number; unchanged: number };
    facts: { created: number; updated: number; unchanged: number; kept: number };
    /** Of the claims, those of organizations. */
    organizationClaims: number;
  };
};

// Claim properties that describe the claim only, not the participation the fact states; the
// quote stays with the claim too (Participation.sources), which halves what a large import holds.
const CLAIM_ONLY = ['provisionalOn', 'otherActions', 'reservations', 'quote'];

const plain = (value: unknown): unknown =>
  value && typeof value === 'object' && 'toNumber' in value
    ? (value as { toNumber(): number }).toNumber()
    : value;

/** Whether two property maps hold the same values (Integers and numbers alike). */
export function sameProps(a: Props, b: Props): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (JSON.stringify(plain(a[key])) !== JSON.stringify(plain(b[key]))) return false;
  }
  return true;
}

/**
 * The fact a pair's claims decide (the rule `participationRule` states): the claim of the
 * lowest source precedence, then the newest asOf, then the smallest source id.
 */
export function pickClaim(claims: Props[], precedence: Map<string, number | undefined>): Props {
  const rank = (c: Props) => precedence.get(String(c.source)) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...claims].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      String(b.asOf ?? '').localeCompare(String(a.asOf ?? '')) ||
      String(a.source).localeCompare(String(b.source)),
  );
  const best = sorted[0];
  if (!best) throw new Error('pickClaim: no claims');
  return Object.fromEntries(Object.entries(best).filter(([k]) => !CLAIM_ONLY.includes(k)));
}

function tally<T>(
  rows: Changes<T>,
  counts: { created: number; updated: number; unchanged: number },
) {
  return (row: T, before: Props | undefined, after: Props) => {
    if (before && sameProps(before, after)) counts.unchanged++;
    else if (before) {
      counts.updated++;
      rows.updated.push(row);
    } else {
      counts.created++;
      rows.created.push(row);
    }
  };
}

/**
 * The rows a dataset writes, only those that change something: the source, the gazetteer
 * states it names that are missing, its instruments (new ones whole; known ones gain the
 * identifier and the dates they lack, nothing else), its tables (COVERS, as at the source's
 * retrieval date), its claims, and the PARTY_TO fact of every
 * pair it touches. A fact written by a document or status table (its source has no claim on
 * the pair) is kept as it is.
 */
export function planDataset({
  dataset,
  match,
  graph,
  reference,
}: {
  dataset: Dataset;
  match: MatchResult;
  graph: GraphState;
  reference: {
    /** A gazetteer state's row. */
    stateRow: (code: string) => Props | undefined;
    /** A registry organization's row. */
    organizationRow: (id: string) => Props | undefined;
    /** A registry instrument's row, for one the graph does not hold yet. */
    registryRow: (id: string) => Props | undefined;
  };
}): DatasetPlan {
  const counts: DatasetPlan['counts'] = {
    instruments: { created: 0, updated: 0, unchanged: 0 },
    tables: { created: 0, updated: 0, unchanged: 0 },
    claims: { created: 0, updated: 0, unchanged: 0 },
    facts: { created: 0, updated: 0, unchanged: 0, kept: 0 },
    organizationClaims: 0,
  };
  const sourceId = String(dataset.source.id);
  const sourceProps = neo4jProps(dataset.source, nodeKinds.Source.properties);
  const before = graph.sources.get(sourceId);
  const sources =
    before && sameProps(before, sourceProps) ? [] : [{ key: sourceId, props: sourceProps }];
  const precedence = new Map(graph.precedence);
  precedence.set(sourceId, Number(dataset.source.precedence));

  const instruments: Changes<NodeRows[number]> = { created: [], updated: [] };
  const addInstrument = tally(instruments, counts.instruments);
  const written = new Map<string, Props>();
  for (const instrument of dataset.instruments) {
    const key = identifierKey(instrument.identifier);
    const target = match.matches.get(key);
    if (!target) continue;
    const stored = graph.instruments.get(target.id) ?? written.get(target.id);
    const base = stored ?? reference.registryRow(target.id);
    const identifiers = [
      ...new Set([...((base?.identifiers as string[] | undefined) ?? []), key]),
    ].sort();
    const props: Props = base
      ? {
          ...base,
          identifiers,
          ...(!base.adoptedOn && instrument.adoptedOn && { adoptedOn: instrument.adoptedOn }),
          ...(!base.entryIntoForceOn &&
            instrument.entryIntoForceOn && { entryIntoForceOn: instrument.entryIntoForceOn }),
        }
      : {
          id: target.id,
          name: instrument.name,
          kind: instrumentKindOf(instrument.name),
          ...(instrument.adoptedOn && { adoptedOn: instrument.adoptedOn }),
          ...(instrument.entryIntoForceOn && { entryIntoForceOn: instrument.entryIntoForceOn }),
          identifiers,
        };
    written.set(target.id, props);
    addInstrument({ key: target.id, props }, stored, props);
  }

  const asOf = String(dataset.source.retrievedOn);
  const tables: Changes<RelRows[number]> = { created: [], updated: [] };
  const addTable = tally(tables, counts.tables);
  for (const table of dataset.tables) {
    const to = match.matches.get(identifierKey(table.instrument))?.id;
    if (!to) continue;
    const props = { asOf, complete: table.complete };
    addTable({ from: sourceId, to, props }, graph.tables.get(`${sourceId} ${to}`), props);
  }

  const states: NodeRows = [];
  const organizations: NodeRows = [];
  const claims: Changes<RelRows[number]> = { created: [], updated: [] };
  const facts: Changes<RelRows[number]> = { created: [], updated: [] };
  const organizationClaims: Changes<RelRows[number]> = { created: [], updated: [] };
  const organizationFacts: Changes<RelRows[number]> = { created: [], updated: [] };
  const adders = {
    State: { claim: tally(claims, counts.claims), fact: tally(facts, counts.facts) },
    Organization: {
      claim: tally(organizationClaims, counts.claims),
      fact: tally(organizationFacts, counts.facts),
    },
  };
  const claimSpecs = {
    ...relationshipKinds.PARTICIPATION_CLAIM.properties,
    ...provenanceProperties,
  };
  for (const claim of dataset.claims) {
    const to = match.matches.get(identifierKey(claim.instrument))?.id;
    if (!to) continue;
    const label = claim.party ?? 'State';
    const { claim: addClaim, fact: addFact } = adders[label];
    const [known, missing, rowOf] =
      label === 'State'
        ? [graph.states, states, reference.stateRow]
        : [graph.organizations, organizations, reference.organizationRow];
    if (!known.has(claim.state)) {
      const row = rowOf(claim.state);
      if (row) missing.push({ key: claim.state, props: row });
      known.add(claim.state);
    }
    if (label === 'Organization') counts.organizationClaims++;
    const props = neo4jProps(
      { ...claim.props, source: sourceId, quote: claim.quote, asOf },
      claimSpecs,
    );
    const pair = graph.participations.get(`${claim.state} ${to}`);
    addClaim({ from: claim.state, to, props }, pair?.claims.get(sourceId), props);
    const others = [...(pair?.claims.values() ?? [])].filter((c) => c.source !== sourceId);
    const curated =
      pair?.fact !== undefined &&
      String(pair.fact.source) !== sourceId &&
      !others.some((c) => c.source === pair.fact?.source);
    if (curated) {
      counts.facts.kept++;
      continue;
    }
    const fact = pickClaim([props, ...others], precedence);
    addFact({ from: claim.state, to, props: fact }, pair?.fact, fact);
  }
  return {
    sources,
    states,
    organizations,
    instruments,
    claims,
    facts,
    organizationClaims,
    organizationFacts,
    tables,
    counts,
  };
}
