import {
  createNodesCypher,
  createRelationshipsCypher,
  mergeNodesCypher,
  mergeRelationshipsCypher,
  nodeKinds,
  relationshipKinds,
} from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ImportError } from '../errors';
import { registryEntry } from '../resolve/registry';
import { voterResolver } from '../votes/vote-entities';
import { ensureSchema } from '../write/apply-schema';
import { neo4jProps } from '../write/neo4j-value';
import type { Dataset, DatasetNote } from './dataset';
import { readGgo, isGgo } from './ggo';
import { readNodes, readParticipations } from './graph-state';
import { knownInstruments, matchInstruments } from './match-instruments';
import { planDataset } from './plan-dataset';
import type { DatasetPlan } from './plan-dataset';
import { isUntcMtdsg, readUntcMtdsg } from './untc-mtdsg';

export type ImportDatasetOptions = {
  /** Read, match and compare only; write nothing. */
  dryRun: boolean;
  database?: string;
  onProgress?: (message: string) => void;
  /** Runs last in the import's write transaction, so what it writes commits with the data. */
  finish?: (tx: ManagedTransaction, report: Pick<DatasetReport, 'counts'>) => Promise<void>;
};

export type DatasetReport = {
  folder: string;
  layout: string;
  source: string;
  dryRun: boolean;
  counts: DatasetPlan['counts'];
  /** How many of the source's tables declare themselves complete. */
  complete: number;
  /** Rows and cells left out, with file and line. */
  skipped: DatasetNote[];
  /** Instruments that may be one already known: not merged, for a person to check. */
  reviews: DatasetNote[];
  /** Instruments matched to one already known (by identifier or title and date). */
  matched: number;
  elapsedMs: number;
};

/**
 * Reads a source folder by its layout: the UN Treaty Collection MTDSG tables or the
 * manytreaties GGO tables; any other folder is refused.
 */
export function readDataset(dir: string, progress: (message: string) => void): Dataset {
  if (isUntcMtdsg(dir)) return readUntcMtdsg(dir, progress);
  if (isGgo(dir)) return readGgo(dir, progress);
  throw new ImportError({
    code: 'FILE_UNREADABLE',
    message: `${dir}: not a dataset folder (index.csv and treaties/, or agreements.csv and parties.csv); nothing was written`,
    details: [{ code: 'FILE_UNREADABLE', file: dir, message: 'unknown folder layout' }],
  });
}

// A whole folder is one transaction: on a busy 2-core machine the manytreaties folder can take
// longer than the server's default timeout (60 s for the local Neo4j).
const TIMEOUT_MS = 600_000;

// As the document writer batches: few round trips, far below the transaction memory limit.
const BATCH_SIZE = 10_000;

// A gazetteer state is created when missing and otherwise left as it is.
const CREATE_MISSING_STATES =
  'UNWIND $rows AS row MERGE (n:State {code: row.key}) ON CREATE SET n += row.props';

// So is a registry organization.
const CREATE_MISSING_ORGANIZATIONS =
  'UNWIND $rows AS row MERGE (n:Organization {id: row.key}) ON CREATE SET n += row.props';

type Batches = { what: string; cypher: string; rows: unknown[] };

async function writeBatches(
  tx: ManagedTransaction,
  { what, cypher, rows }: Batches,
  progress: (message: string) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await tx.run(cypher, { rows: rows.slice(i, i + BATCH_SIZE) });
    progress(`wrote ${Math.min(i + BATCH_SIZE, rows.length)}/${rows.length} ${what}`);
  }
}

async function writePlanned(
  tx: ManagedTransaction,
  plan: DatasetPlan,
  progress: (message: string) => void,
): Promise<void> {
  const { Source, Instrument } = nodeKinds;
  const { PARTICIPATION_CLAIM: claim, PARTY_TO: fact, COVERS: table } = relationshipKinds;
  const { ORGANIZATION_PARTICIPATION_CLAIM: orgClaim, ORGANIZATION_PARTY_TO: orgFact } =
    relationshipKinds;
  // New rows are created outright (the plan read the graph in this transaction); changed
  // ones merged.
  type Split = { created: unknown[]; updated: unknown[] };
  type Writes = { create: string; merge: string };
  const split = (what: string, { create, merge }: Writes, rows: Split): Batches[] => [
    { what: `new ${what}`, cypher: create, rows: rows.created },
    { what, cypher: merge, rows: rows.updated },
  ];
  const relationship = (kind: typeof claim): Writes => ({
    create: createRelationshipsCypher(kind),
    merge: mergeRelationshipsCypher(kind),
  });
  const instrument = { create: createNodesCypher(Instrument), merge: mergeNodesCypher(Instrument) };
  const batches: Batches[] = [
    { what: 'sources', cypher: mergeNodesCypher(Source), rows: plan.sources },
    { what: 'states', cypher: CREATE_MISSING_STATES, rows: plan.states },
    { what: 'organizations', cypher: CREATE_MISSING_ORGANIZATIONS, rows: plan.organizations },
    ...split('instruments', instrument, plan.instruments),
    ...split('claims', relationship(claim), plan.claims),
    ...split('participations', relationship(fact), plan.facts),
    ...split('organization claims', relationship(orgClaim), plan.organizationClaims),
    ...split('organization participations', relationship(orgFact), plan.organizationFacts),
    ...split('tables', relationship(table), plan.tables),
  ];
  for (const batch of batches) await writeBatches(tx, batch, progress);
}

/**
 * Imports a whole source folder in one transaction: reads it (a folder that cannot be read is
 * refused before anything is written), matches its instruments to the graph's, then writes
 * the rows that change something: instruments, one claim per state, instrument and source,
 * and the PARTY_TO facts the claims decide. Re-importing the same folder writes nothing.
 * @example await importDataset(driver, '../shared/data/manytreaties-ggo', { dryRun: false })
 */
export async function importDataset(
  driver: Driver,
  dir: string,
  options: ImportDatasetOptions,
): Promise<DatasetReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  const dataset = readDataset(dir, progress);
  const database = { ...(options.database && { database: options.database }) };
  if (!options.dryRun) await ensureSchema(driver, database);
  const work = async (tx: ManagedTransaction) => {
    const nodes = await readNodes(tx);
    const match = matchInstruments(dataset.instruments, knownInstruments(nodes.instruments));
    const matched = [...match.matches.values()].filter((m) => m.known).length;
    progress(`${matched} of ${dataset.instruments.length} instruments are known already`);
    const touched = [
      ...new Set([...match.matches.values()].filter((m) => m.known).map((m) => m.id)),
    ];
    const participations = await readParticipations(tx, touched);
    const plan = planDataset({
      dataset,
      match,
      graph: { ...nodes, participations },
      reference: {
        // The gazetteer's states and the former states the vote data defines (CSK, YUG...).
        stateRow: (code) => voterResolver().stateRow(code),
        organizationRow: (id) => {
          const entry = registryEntry('Organization', id);
          return entry && neo4jProps(entry, nodeKinds.Organization.properties);
        },
        registryRow: (id) => {
          const entry = registryEntry('Instrument', id);
          return entry && neo4jProps(entry, nodeKinds.Instrument.properties);
        },
      },
    });
    if (!options.dryRun) {
      await writePlanned(tx, plan, progress);
      await options.finish?.(tx, { counts: plan.counts });
    }
    return { plan, match, matched };
  };
  const session = driver.session({
    defaultAccessMode: options.dryRun ? neo4j.session.READ : neo4j.session.WRITE,
    ...database,
  });
  try {
    const { plan, match, matched } = options.dryRun
      ? await session.executeRead(work, { timeout: TIMEOUT_MS })
      : await session.executeWrite(work, { timeout: TIMEOUT_MS });
    return {
      folder: dir,
      layout: dataset.layout,
      source: String(dataset.source.id),
      dryRun: options.dryRun,
      counts: plan.counts,
      complete: dataset.tables.filter((t) => t.complete).length,
      skipped: dataset.skipped,
      reviews: match.reviews,
      matched,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    await session.close();
  }
}
