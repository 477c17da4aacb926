import { applySchema } from '@treatygraph/import';
import type { Driver } from 'neo4j-driver';
import { countRelationships, clearDatabase } from '../database';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { median } from '../stats';
import { importerReadMs } from './importer-load';
import { loadRound } from './load-round';
import type { Round } from './load-round';

export type ImportBenchOptions = {
  driver: Driver;
  /** The same server as `driver`'s, for the processes that load it. */
  neo4jUri: string;
  files: readonly string[];
  /** Signature edges in the files; each load is checked to have written exactly these. */
  edges: number;
  repetitions: number;
};

async function expectEdges(driver: Driver, edges: number, who: string): Promise<void> {
  const count = await countRelationships(driver);
  if (count !== edges) throw new Error(`${who} wrote ${count} relationships, expected ${edges}`);
}

async function round(options: ImportBenchOptions, who: 'importer' | 'baseline'): Promise<Round> {
  const { driver, neo4jUri, files, edges } = options;
  await clearDatabase(driver);
  const result = await loadRound({ who, neo4jUri, files });
  await expectEdges(driver, edges, `the ${who}`);
  return result;
}

/**
 * Import throughput and re-import time of the importer against the hand-written baseline, on
 * an emptied database each time; the two alternate in order across repetitions so that drift
 * on a shared machine hits both. Leaves the corpus loaded.
 */
export async function importBench(options: ImportBenchOptions): Promise<BenchResult[]> {
  const { driver, edges, repetitions } = options;
  await applySchema(driver);
  const ours: Round[] = [];
  const base: Round[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    if (i % 2 === 0) {
      base.push(await round(options, 'baseline'));
      ours.push(await round(options, 'importer'));
    } else {
      ours.push(await round(options, 'importer'));
      base.push(await round(options, 'baseline'));
    }
  }
  const perSecond = (rounds: Round[]) => edges / (median(rounds.map((r) => r.loadMs)) / 1000);
  const seconds = (rounds: Round[], pick: (r: Round) => number) => median(rounds.map(pick)) / 1000;
  return [
    benchResult({
      name: `import.throughput@${edges}`,
      value: perSecond(ours),
      unit: 'edges/s',
      baseline: perSecond(base),
      target: { op: '>=', ratio: 0.8 },
    }),
    benchResult({
      name: `import.reimport@${edges}`,
      value: seconds(ours, (r) => r.reloadMs),
      unit: 's',
      baseline: seconds(base, (r) => r.reloadMs),
      note: 'unchanged data',
    }),
    benchResult({
      name: `import.rss-peak@${edges}`,
      value: Math.max(...ours.map((r) => r.rssMb)),
      unit: 'MB',
      baseline: Math.max(...base.map((r) => r.rssMb)),
      note: 'peak resident set of a process that imports, then re-imports, nothing else',
    }),
    benchResult({
      name: `import.read-validate@${edges}`,
      value: (await importerReadMs(options.files)) / 1000,
      unit: 's',
      baseline: seconds(ours, (r) => r.loadMs),
      note: 'importFiles without a database, vs the whole import',
    }),
  ];
}
