import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { importDataset } from '../dataset/import-dataset';
import { isGgo } from '../dataset/ggo';
import { isUntcMtdsg } from '../dataset/untc-mtdsg';
import { isVoteDataDir } from '../votes/import-votes';
import { readVoteData } from '../votes/read-votes';
import { writeVoteData } from '../votes/write-votes';
import { markDataChanged } from '../write/data-version';
import { folderHash } from './folder-hash';

export type SourceLoadState = 'pending' | 'loading' | 'loaded' | 'failed';

/** Where one source folder's import stands. */
export type SourceLoad = {
  /** The folder's name, e.g. `untc-mtdsg-2015`. */
  name: string;
  state: SourceLoadState;
  /** Why it failed; nothing of the folder was written then. */
  message?: string;
  /** True when the stored hash matched and the import was skipped. */
  unchanged?: boolean;
  /** What the source holds (instruments, claims, roll calls…), as of its last import. */
  counts?: Record<string, number>;
  durationMs?: number;
};

export type LoadDataFolderOptions = {
  database?: string;
  /** Called with every source's state whenever one changes. */
  onChange?: (sources: SourceLoad[]) => void;
  onProgress?: (message: string) => void;
};

type Kind = 'treaties' | 'votes';

function kindOf(dir: string): Kind | undefined {
  if (isVoteDataDir(dir)) return 'votes';
  if (isUntcMtdsg(dir) || isGgo(dir)) return 'treaties';
  return undefined;
}

const STORED_HASH = 'MATCH (f:DataFolder {name: $name}) RETURN f.hash AS hash, f.counts AS counts';
const STORE_HASH = `MERGE (f:DataFolder {name: $name})
SET f.hash = $hash, f.counts = $counts, f.loadedAt = datetime()`;

async function storedHash(driver: Driver, name: string, database?: string) {
  const { records } = await driver.executeQuery(STORED_HASH, { name }, { database });
  const record = records[0];
  if (!record) return undefined;
  const counts = record.get('counts') as string | null;
  return {
    hash: record.get('hash') as string,
    counts: counts ? (JSON.parse(counts) as Record<string, number>) : {},
  };
}

async function importSource(
  driver: Driver,
  job: { dir: string; kind: Kind; name: string; hash: string },
  options: LoadDataFolderOptions,
): Promise<Record<string, number>> {
  const database = { ...(options.database && { database: options.database }) };
  const progress = (message: string) => options.onProgress?.(`${job.name}: ${message}`);
  // The new data version lets every API process's caches see the source once it commits.
  const store = async (tx: ManagedTransaction, counts: Record<string, number>) => {
    await tx.run(STORE_HASH, { name: job.name, hash: job.hash, counts: JSON.stringify(counts) });
    await markDataChanged(tx);
  };
  if (job.kind === 'votes') {
    const data = readVoteData(job.dir);
    const counts = { rollCalls: data.rollCalls.length, votes: data.votes.length };
    await writeVoteData(driver, data, {
      ...database,
      onProgress: progress,
      finish: (tx) => store(tx, counts),
    });
    return counts;
  }
  let counts: Record<string, number> = {};
  await importDataset(driver, job.dir, {
    ...database,
    dryRun: false,
    onProgress: progress,
    finish: async (tx, report) => {
      const total = (c: { created: number; updated: number; unchanged: number }) =>
        c.created + c.updated + c.unchanged;
      counts = {
        instruments: total(report.counts.instruments),
        claims: total(report.counts.claims),
        participations: total(report.counts.facts),
      };
      await store(tx, counts);
    },
  });
  return counts;
}

/**
 * Imports every dataset folder under `root` (UNTC MTDSG, manytreaties GGO, UNGA votes), one
 * source after another, each in its own transaction(s) as `importDataset` and `importVoteData`
 * write it. Each folder's content hash is stored in the transaction that commits its data, so a
 * folder whose hash is stored already is skipped and a changed one is imported again. A source
 * that fails is reported and the next one goes on; it leaves nothing half written.
 * @example await loadDataFolder(driver, '../shared/data', { onChange: (s) => console.log(s) })
 */
export async function loadDataFolder(
  driver: Driver,
  root: string,
  options: LoadDataFolderOptions = {},
): Promise<SourceLoad[]> {
  if (!existsSync(root)) {
    options.onProgress?.(`no data folder at ${root}: only the bundled corpus is loaded`);
    return [];
  }
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, dir: join(root, entry.name) }))
    .flatMap((folder) => {
      const kind = kindOf(folder.dir);
      if (!kind) options.onProgress?.(`${folder.name}: not a dataset folder, left out`);
      return kind ? [{ ...folder, kind }] : [];
    })
    // Treaty sources first: they are what the explorer shows; the votes take longest.
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  const sources: SourceLoad[] = folders.map(({ name }) => ({ name, state: 'pending' }));
  const update = (index: number, load: SourceLoad) => {
    sources[index] = load;
    options.onChange?.(sources.map((s) => ({ ...s })));
  };
  options.onChange?.(sources.map((s) => ({ ...s })));
  for (const [index, folder] of folders.entries()) {
    const started = performance.now();
    const durationMs = () => Math.round(performance.now() - started);
    update(index, { name: folder.name, state: 'loading' });
    try {
      const hash = folderHash(folder.dir);
      const stored = await storedHash(driver, folder.name, options.database);
      const unchanged = stored?.hash === hash;
      const counts = unchanged
        ? stored.counts
        : await importSource(driver, { ...folder, hash }, options);
      update(index, {
        name: folder.name,
        state: 'loaded',
        unchanged,
        counts,
        durationMs: durationMs(),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      update(index, { name: folder.name, state: 'failed', message, durationMs: durationMs() });
    }
  }
  return sources;
}
