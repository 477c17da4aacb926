import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importDataset, readDataset } from '@treatygraph/import';
import type { Dataset, DatasetReport } from '@treatygraph/import';
import { DATASETS, csvDataLines } from '@treatygraph/import/dataset-slices';
import { createDriver, createYoga } from '@treatygraph/server';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ask, expectCrcBoundAsSourcesSay } from '../support/treaty-tables';

// The only tests that import whole folders (one each); the others use slices.
const WHOLE_FOLDER_MS = 420_000;

/** The distinct lines of `file` a claim holds (its first row and the rows merged into it). */
const claimLines = (dataset: Dataset, file: string) =>
  dataset.claims.filter((c) => c.file === file).flatMap((c) => [c.line, ...(c.mergedLines ?? [])]);

/** The distinct lines of `file` a report left out whole. */
const rowsLeftOut = (report: DatasetReport, file: string) =>
  report.skipped
    .filter((n) => n.file === file && n.message.endsWith('row left out'))
    .map((n) => n.line);

describe('both sources, whole, into an empty graph', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  });

  afterAll(async () => {
    // One transaction per 10,000 nodes: a single statement over both sources outlasts the
    // server's transaction timeout on a busy machine.
    for (;;) {
      const { records } = await driver.executeQuery(
        'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
      );
      if (records[0]?.get('deleted').toNumber() === 0) break;
    }
    await driver.close();
  });

  it(
    'imports every UNTC table row or reports it with its file and line',
    async () => {
      const dataset = readDataset(DATASETS.untc, () => undefined);
      const tables = readdirSync(join(DATASETS.untc, 'treaties')).map((f) =>
        join(DATASETS.untc, 'treaties', f),
      );
      expect(tables).toHaveLength(324);
      for (const file of tables) {
        const lines = new Set([
          ...dataset.claims.filter((c) => c.file === file).map((c) => c.line),
          ...dataset.skipped.filter((n) => n.file === file).map((n) => n.line),
        ]);
        expect(lines.size, file).toBe(csvDataLines(file));
      }
      const report = await importDataset(driver, DATASETS.untc, { dryRun: false });
      expect(report.counts.instruments.created).toBe(401);
      expect(report.counts.claims.created).toBe(dataset.claims.length);
    },
    WHOLE_FOLDER_MS,
  );

  it(
    'imports every manytreaties party row or reports it, leaving ≥ 3,700 instruments',
    async () => {
      const dataset = readDataset(DATASETS.ggo, () => undefined);
      const report = await importDataset(driver, DATASETS.ggo, { dryRun: false });
      expect(report.counts.claims.created).toBe(dataset.claims.length);
      const parties = join(DATASETS.ggo, 'parties.csv');
      const lines = new Set([...claimLines(dataset, parties), ...rowsLeftOut(report, parties)]);
      expect(lines.size).toBe(csvDataLines(parties));
      expect(report.reviews.length).toBeGreaterThan(0);
      const yoga = createYoga({ driver });
      const data = await ask<{ instruments: { totalCount: number } }>(
        yoga,
        '{ instruments { totalCount } }',
      );
      expect(data.instruments.totalCount).toBeGreaterThanOrEqual(3700);
      await expectCrcBoundAsSourcesSay(yoga, '2015-01-01');
    },
    WHOLE_FOLDER_MS,
  );
});
