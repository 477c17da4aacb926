import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IMPORT_FORMAT } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import type { Driver } from 'neo4j-driver';
import { readDocument } from './read/document';
import { stateRows } from './resolve/countries';
import { applySchema } from './write/apply-schema';
import { describeSummary, summaryTotals } from './write/describe-summary';
import { writeDocument } from './write/write-document';

export type CorpusSummary = {
  /** Corpus files imported. */
  files: number;
  /** Node and relationship rows written, counting rewrites of existing ones. */
  nodes: number;
  relationships: number;
  /** How many of those were new: both 0 when the corpus was already there. */
  nodesCreated: number;
  relationshipsCreated: number;
};

export type ImportCorpusOptions = {
  database?: string;
  /** Told one line per step, for a log. */
  onProgress?: (message: string) => void;
};

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

/** The bundled corpus documents, as absolute paths in import order (by file name). */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => `${CORPUS}${name}`);
}

/**
 * Brings a database up to the bundled data: the model's constraints and indexes, every
 * gazetteer state, then each corpus file in its own transaction. Every file is read and
 * validated before anything is written. Idempotent: a second run creates nothing.
 * @example await importCorpus(driver, { database: 'neo4j', onProgress: console.log })
 */
export async function importCorpus(
  driver: Driver,
  options: ImportCorpusOptions = {},
): Promise<CorpusSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const write = { ...(options.database && { database: options.database }) };
  const documents = corpusFiles().map((file) => ({ file, document: readDocument(file) }));
  await applySchema(driver, write);
  progress('constraints and indexes are online');
  const states: ImportDocument = {
    format: IMPORT_FORMAT,
    nodes: { State: stateRows() },
    relationships: [],
  };
  const statesSummary = await writeDocument(driver, states, write);
  progress(`gazetteer: ${describeSummary(statesSummary)}`);
  const summaries = [statesSummary];
  for (const { file, document } of documents) {
    const summary = await writeDocument(driver, document, write);
    summaries.push(summary);
    progress(`${file.slice(CORPUS.length)}: ${describeSummary(summary)}`);
  }
  return {
    files: documents.length,
    nodes: summaries.reduce((n, s) => n + summaryTotals(s).nodes, 0),
    relationships: summaries.reduce((n, s) => n + summaryTotals(s).relationships, 0),
    nodesCreated: summaries.reduce((n, s) => n + s.nodesCreated, 0),
    relationshipsCreated: summaries.reduce((n, s) => n + s.relationshipsCreated, 0),
  };
}
