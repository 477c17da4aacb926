import { IMPORT_FORMAT } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { CORPUS_VERSION } from './corpus-version';
import { corpusFiles } from './import-corpus';
import { readDocument } from './read/document';
import { stateRows } from './resolve/countries';
import { planWrite } from './write/plan';
import { seedPlan } from './write/seed-plan';
import type { SeedSummary } from './write/seed-plan';

/** The one node that records which corpus version a graph was seeded with. */
export const CORPUS_MARKER = 'BundledCorpus';

export type SeedResult =
  | { seeded: false; version: number; held: number }
  | ({ seeded: true; version: number; held: number | null } & SeedSummary);

export type SeedOptions = {
  database?: string;
  /** The documents and their version; default the bundled corpus at CORPUS_VERSION. */
  documents?: ImportDocument[];
  version?: number;
};

/** The gazetteer states followed by the bundled corpus documents, in import order. */
export function corpusDocuments(): ImportDocument[] {
  const states: ImportDocument = {
    format: IMPORT_FORMAT,
    nodes: { State: stateRows() },
    relationships: [],
  };
  return [states, ...corpusFiles().map((file) => readDocument(file))];
}

/**
 * What `npm start` does with the bundled corpus: nothing when the graph already holds this
 * version or a newer one; otherwise (an empty graph, an older version, or a graph never seeded)
 * it adds what is missing without overwriting anything (see `seedPlan`): facts from other
 * sources, a newer status table imported since, or a restored dump stay as they are. All
 * documents and the version marker are written in one transaction.
 * @example await seedCorpus(driver, { database: 'neo4j' })
 */
export async function seedCorpus(driver: Driver, options: SeedOptions = {}): Promise<SeedResult> {
  const version = options.version ?? CORPUS_VERSION.version;
  const documents = options.documents ?? corpusDocuments();
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(options.database && { database: options.database }),
  });
  try {
    return await session.executeWrite(async (tx): Promise<SeedResult> => {
      const marker = await tx.run(`MATCH (m:${CORPUS_MARKER}) RETURN max(m.version) AS version`);
      const value: unknown = marker.records[0]?.get('version');
      const held = value == null ? null : neo4j.integer.toNumber(value as number);
      if (held !== null && held >= version) return { seeded: false, version, held };
      const total: SeedSummary = {
        nodesCreated: 0,
        propertiesAdded: 0,
        relationshipsCreated: 0,
        relationshipsUpdated: 0,
      };
      for (const document of documents) {
        const summary = await seedPlan(tx, planWrite(document));
        for (const key of Object.keys(total) as (keyof SeedSummary)[]) total[key] += summary[key];
      }
      await tx.run(`MERGE (m:${CORPUS_MARKER}) SET m.version = $version`, {
        version: neo4j.int(version),
      });
      return { seeded: true, version, held, ...total };
    });
  } finally {
    await session.close();
  }
}
