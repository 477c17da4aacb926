import { applySchema, importDataset } from '@treatygraph/import';
import { DATASETS } from '@treatygraph/import/dataset-slices';
import type { Driver } from 'neo4j-driver';
import { clearDatabase } from '../database';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { readWrittenRows, writeRowsByHand } from './hand-written-load';
import { treatyQuestionsBench } from './treaty-questions';

// Issue 13: both shared sources into an empty graph in under three minutes on this machine.
const BUDGET_S = 180;

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return (performance.now() - started) / 1000;
}

/**
 * The two shared sources (UNTC MTDSG, manytreaties GGO) imported whole into an emptied graph,
 * then again (nothing to write), against a hand-written `UNWIND … MERGE` load of exactly the
 * rows the importer wrote (sources, states, instruments, claims, participations), read back
 * from the graph beforehand so that neither reading nor matching counts for the baseline.
 * Between the two, the treaty questions over the imported data. Leaves the database empty.
 */
export async function datasetsBench(options: {
  driver: Driver;
  uri: string;
  log: (line: string) => void;
}): Promise<BenchResult[]> {
  const { driver, uri, log } = options;
  await applySchema(driver);
  await clearDatabase(driver);
  const folders = [DATASETS.untc, DATASETS.ggo];
  const importBoth = async () => {
    for (const folder of folders) await importDataset(driver, folder, { dryRun: false });
  };
  const ours = await timed(importBoth);
  log(`datasets: both imported in ${ours.toFixed(1)} s`);
  const again = await timed(importBoth);
  const questions = await treatyQuestionsBench({ driver, uri, log });
  const rows = await readWrittenRows(driver);
  await clearDatabase(driver);
  const baseline = await timed(() => writeRowsByHand(driver, rows));
  log(`datasets: the same ${rows.count} rows written by hand in ${baseline.toFixed(1)} s`);
  await clearDatabase(driver);
  return [
    benchResult({
      name: 'datasets.import-both',
      value: ours,
      unit: 's',
      baseline: BUDGET_S,
      target: { op: '<=', ratio: 1 },
      note: 'UNTC MTDSG then manytreaties GGO into an empty graph, vs the 3-minute budget',
    }),
    benchResult({
      name: 'datasets.throughput',
      value: rows.count / ours,
      unit: 'rows/s',
      baseline: rows.count / baseline,
      target: { op: '>=', ratio: 0.8 },
      note: `${rows.count} rows (nodes and relationships) vs hand-written UNWIND … MERGE of the same`,
    }),
    benchResult({
      name: 'datasets.reimport',
      value: again,
      unit: 's',
      baseline: ours,
      note: 'both again, unchanged: nothing written',
    }),
    ...questions,
  ];
}
