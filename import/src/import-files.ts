import type { ImportDocument } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ImportError, isImportError } from './errors';
import type { ImportIssue } from './errors';
import { previewOf } from './read/preview';
import type { ImportPreview } from './read/preview';
import { readInput } from './read/read-input';
import type { InputKind, ReadInput, ReadInputOptions } from './read/read-input';
import { ensureSchema } from './write/apply-schema';
import { joinCatalogueInstruments } from './write/catalogue-instruments';
import { markDataChanged } from './write/data-version';
import {
  changingPlans,
  countChanges,
  entityChanges,
  predictEntityStates,
  readEntityStates,
} from './write/entity-changes';
import type { ChangeCounts, EntityChange, EntityStates } from './write/entity-changes';
import { knownDeclarations } from './write/known-declarations';
import type { MergeState } from './write/known-declarations';
import { mergeDeclarations } from './write/merge-declarations';
import type { DeclarationMerge } from './write/merge-declarations';
import { planWrite } from './write/plan';
import { isTransactionTimeout, transactionTimeoutError } from './write/transaction-timeout';
import type { WritePlan } from './write/plan';
import { writePlan } from './write/write-document';

export type ImportInput = { name: string; content: string };

export type ImportFilesOptions = ReadInputOptions & {
  /** Read, validate and compare only; write nothing. */
  dryRun: boolean;
  database?: string;
  /** Told one line per step, for a log. */
  onProgress?: (message: string) => void;
  /**
   * Time limit (ms) of the run's one transaction, overriding the database's own
   * (db.transaction.timeout); past it the run is rolled back (ImportError TRANSACTION_TIMEOUT).
   * 0 means none.
   */
  timeoutMs?: number;
};

export type FileResult = {
  file: string;
  kind: InputKind;
  declarations: number;
  participations: number;
  /** Node and relationship rows the file writes, after merging. */
  nodes: number;
  relationships: number;
};

export type ImportReport = {
  dryRun: boolean;
  /** Whether the run was compared with a database (always, unless there was none). */
  compared: boolean;
  /** Whether anything was committed. */
  written: boolean;
  files: FileResult[];
  /** Created, updated and unchanged nodes and relationships; null when not compared. */
  counts: ChangeCounts | null;
  /** The created and updated entities, with the properties that change. */
  changes: EntityChange[];
  /** Reports joined to a declaration another source gave. */
  merges: DeclarationMerge[];
  preview: ImportPreview;
  elapsedMs: number;
};

/** All inputs read; every issue of every file in one ImportError. */
function readAll(inputs: ImportInput[], options: ImportFilesOptions): ReadInput[] {
  const progress = options.onProgress ?? (() => undefined);
  const details: ImportIssue[] = [];
  const failed: string[] = [];
  const read = inputs.flatMap((input) => {
    try {
      const result = readInput(input, options);
      progress(`read ${input.name} (${result.kind})`);
      return [result];
    } catch (error) {
      if (!isImportError(error)) throw error;
      failed.push(input.name);
      details.push(...error.details.map((d) => ({ file: input.name, ...d })));
      return [];
    }
  });
  if (failed.length > 0) {
    const count = details.length === 1 ? '1 issue' : `${details.length} issues`;
    throw new ImportError({
      code: 'INVALID_DOCUMENT',
      message: `${count} in ${failed.join(', ')}; nothing was written`,
      details,
    });
  }
  return read;
}

function mergeAll(read: ReadInput[], state: MergeState) {
  const merges: DeclarationMerge[] = [];
  const documents: { file: string; document: ImportDocument }[] = read.map(({ file, document }) => {
    const merged = mergeDeclarations({ file, document, state });
    merges.push(...merged.merges);
    return { file, document: merged.document };
  });
  return { documents, merges };
}

function fileResults(read: ReadInput[], documents: { document: ImportDocument }[]): FileResult[] {
  return read.map((input, i) => {
    const document = documents[i]?.document ?? input.document;
    return {
      file: input.file,
      kind: input.kind,
      declarations: (input.document.nodes.Declaration ?? []).length,
      participations: input.document.relationships.filter(
        (r) => r.type === 'PARTY_TO' || r.type === 'ORGANIZATION_PARTY_TO',
      ).length,
      nodes: Object.values(document.nodes).reduce((n, rows) => n + (rows?.length ?? 0), 0),
      relationships: document.relationships.length,
    };
  });
}

type Compared = {
  before: EntityStates;
  after: EntityStates;
  merges: DeclarationMerge[];
  files: FileResult[];
};

/**
 * The importer's one code path, for the CLI and the API alike. Reads and validates every input
 * first (any issue in any file: an ImportError listing them all, nothing written); joins
 * reports of one declaration from several sources, within the run and against the database;
 * then writes all inputs in one transaction, only the rows that change something, or, in a
 * dry run, compares them with the database without writing. Without a driver it only reads, validates and merges within the run. The
 * report counts created, updated and unchanged nodes and relationships by comparing the
 * properties the run sets with those the database held before.
 * @example await importFiles(driver, [{ name: 'statement.txt', content }], { dryRun: false })
 */
export async function importFiles(
  driver: Driver | null,
  inputs: ImportInput[],
  options: ImportFilesOptions,
): Promise<ImportReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  const read = readAll(inputs, options);
  const preview = previewOf(read);
  const report = (fields: Pick<ImportReport, 'compared' | 'written' | 'files' | 'merges'>) => ({
    dryRun: options.dryRun,
    counts: null,
    changes: [],
    preview,
    ...fields,
    elapsedMs: Math.round(performance.now() - started),
  });
  if (!driver) {
    const { documents, merges } = mergeAll(read, { known: [], citations: new Map() });
    return report({ compared: false, written: false, files: fileResults(read, documents), merges });
  }
  const database = { ...(options.database && { database: options.database }) };
  if (!options.dryRun) await ensureSchema(driver, database);
  const work = async (tx: ManagedTransaction): Promise<Compared> => {
    const rows = read.flatMap((r) => r.document.nodes.Declaration ?? []);
    // The version is written before any read (both sent at once): the rows read absent
    // below are then created outright, safely.
    const [, known] = await Promise.all([
      options.dryRun ? undefined : markDataChanged(tx),
      knownDeclarations(tx, rows),
    ]);
    const joined = await joinCatalogueInstruments(tx, read, progress);
    const { documents, merges } = mergeAll(joined, known);
    const files = fileResults(joined, documents);
    const plans: WritePlan[] = documents.map(({ document }) => planWrite(document));
    const before = await readEntityStates(tx, plans, {
      nodes: new Map([['Declaration', known.stored]]),
      relationships: { label: 'Declaration', keys: known.candidates, rows: known.relationships },
    });
    progress(`${before.size} of the nodes and relationships to write are in the database already`);
    // The write statements do exactly what the prediction models, and a write that cannot
    // (a missing endpoint) throws and rolls back: the states after need no second read.
    const after = predictEntityStates(before, plans);
    if (options.dryRun) return { before, after, merges, files };
    for (const [i, plan] of changingPlans(before, plans).entries()) {
      await writePlan(tx, plan);
      progress(`wrote ${documents[i]?.file} (${i + 1}/${plans.length})`);
    }
    return { before, after, merges, files };
  };
  const session = driver.session({
    defaultAccessMode: options.dryRun ? neo4j.session.READ : neo4j.session.WRITE,
    ...database,
  });
  const config = options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs };
  const begun = performance.now();
  let compared: Compared;
  try {
    compared = options.dryRun
      ? await session.executeRead(work, config)
      : await session.executeWrite(work, config);
  } catch (error) {
    const run = {
      elapsedMs: performance.now() - begun,
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    };
    if (!isTransactionTimeout(error, run)) throw error;
    throw transactionTimeoutError({ ...run, cause: error });
  } finally {
    await session.close();
  }
  const changes = entityChanges(compared.before, compared.after);
  return {
    ...report({
      compared: true,
      written: !options.dryRun,
      files: compared.files,
      merges: compared.merges,
    }),
    counts: countChanges(changes),
    changes: changes.filter((c) => c.change !== 'unchanged'),
  };
}
