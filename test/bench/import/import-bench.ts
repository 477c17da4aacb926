import { applySchema } from '@treatygraph/import';
import type { Driver } from 'neo4j-driver';
import { countRelationships, clearDatabase } from '../database';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { median } from '../stats';
import { baselineLoad } from './baseline-load';
import { importerLoad, importerReadMs } from './importer-load';
import { loadPeakRssMb } from './load-peak-rss';

export type ImportBenchOptions = {
  driver: Driver;
  /** The same server as `driver`'s, for the processes that measure memory. */
  neo4jUri: string;
  files: readonly string[];
  /** Signature edges in the files; each load is checked to have written exactly these. */
  edges: number;
  repetitions: number;
};

async function timed(task: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

async function expectEdges(driver: Driver, edges: number, who: string): Promise<void> {
  const count = await countRelationships(driver);
  if (count !== edges) throw new Error(`${who} wrote ${count} relationships, expected ${edges}`);
}

type Round = { loadMs: number; reloadMs: number };

async function baselineRound(options: ImportBenchOptions): Promise<Round> {
  const { driver, files, edges } = options;
  await clearDatabase(driver);
  const load = await timed(() => baselineLoad(driver, files));
  await expectEdges(driver, edges, 'the baseline');
  const reload = await timed(() => baselineLoad(driver, files));
  return { loadMs: load, reloadMs: reload };
}

async function importerRound(options: ImportBenchOptions): Promise<Round> {
  const { driver, files, edges } = options;
  await clearDatabase(driver);
  const load = await timed(() => importerLoad(driver, files));
  await expectEdges(driver, edges, 'the importer');
  const reload = await timed(() => importerLoad(driver, files));
  return { loadMs: load, reloadMs: reload };
}

// Each side's peak memory over a first load, in a process of its own; the importer goes last,
// so the corpus stays loaded.
async function peakRss(options: ImportBenchOptions, who: 'importer' | 'baseline') {
  const { driver, neo4jUri, files, edges } = options;
  await clearDatabase(driver);
  const mb = await loadPeakRssMb({ who, neo4jUri, files });
  await expectEdges(driver, edges, `the ${who}'s process`);
  return mb;
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
      base.push(await baselineRound(options));
      ours.push(await importerRound(options));
    } else {
      ours.push(await importerRound(options));
      base.push(await baselineRound(options));
    }
  }
  const baselineRssMb = await peakRss(options, 'baseline');
  const importerRssMb = await peakRss(options, 'importer');
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
      value: importerRssMb,
      unit: 'MB',
      baseline: baselineRssMb,
      note: 'peak resident set of a first import in a process of its own',
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
