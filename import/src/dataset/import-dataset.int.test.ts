import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isImportError } from '../errors';
import { DATASETS, csvDataLines, ggoSlice, untcSlice } from '../testing/dataset-slices';
import { graphChecksum } from '../testing/graph-checksum';
import { column, testDriver, wipe } from '../testing/neo4j';
import { importDataset, readDataset } from './import-dataset';
import type { DatasetReport } from './import-dataset';

// One real table of each shape: 1, 2, 3, 4, 5 and 7 columns (participants only; application;
// signature and consent; participation, signature and consent; signature ad referendum with
// its confirmation and a notification under an article; UN admission and registration data).
// 6-3 and 8-2 put a letter after words that name no way of consenting; 14-7-a confirms
// signatures ad referendum; 12-7 has successions to signature.
const SHAPES = ['1-4', '3-2-1', '4-11', '10-2-b', '14-7', '1-2', '6-3', '8-2', '14-7-a', '12-7'];

const CLAIM = `MATCH (s:State {code: $state})-[c:PARTICIPATION_CLAIM]->(i:Instrument)
WHERE $identifier IN i.identifiers RETURN properties(c)`;

/** Every data line of a table is a claim or a row reported with its line. */
function accountedFor(
  report: { claims: { file: string; line: number }[] },
  skipped: DatasetReport['skipped'],
  file: string,
) {
  const lines = new Set([
    ...report.claims.filter((c) => c.file === file).map((c) => c.line),
    ...skipped.filter((n) => n.file === file && n.line !== undefined).map((n) => n.line),
  ]);
  return lines.size;
}

describe('importing a source folder', () => {
  let driver: Driver;
  const folders: string[] = [];
  const slice = (keys: string[]) => {
    const dir = untcSlice(keys);
    folders.push(dir);
    return dir;
  };
  const claim = async (state: string, identifier: string) =>
    (await column<Record<string, unknown>>(driver, CLAIM, { state, identifier }))[0];

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('reads a table of every shape, each row a claim or reported with its line', async () => {
    const dir = slice(SHAPES);
    const dataset = readDataset(dir, () => undefined);
    for (const key of SHAPES) {
      const file = join(dir, 'treaties', `${key}.csv`);
      expect(accountedFor(dataset, dataset.skipped, file), file).toBe(csvDataLines(file));
    }
    const report = await importDataset(driver, dir, { dryRun: false });
    expect(report.counts.instruments.created).toBe(SHAPES.length);
    expect(report.counts.claims.created).toBe(dataset.claims.length);
    expect(await claim('AUS', 'untc:I-4')).toMatchObject({
      reservations: expect.stringContaining('jurisdiction of the International Court'),
    });
    expect(await claim('ALB', 'untc:III-2-1')).toMatchObject({ consentOn: '2007-10-04' });
    expect(await claim('ARM', 'untc:IV-11')).toMatchObject({
      consentOn: '1993-06-23',
      consentType: 'accession',
    });
    expect(await claim('AFG', 'untc:IV-11')).toMatchObject({
      signedOn: '1990-09-27',
      reservations: expect.stringContaining('Shari'),
    });
    expect(await claim('AGO', 'untc:X-2-b')).toMatchObject({
      consentOn: '1982-05-07',
      consentType: 'participation',
    });
    expect(await claim('ARG', 'untc:X-2-b')).toMatchObject({
      signedOn: '1985-06-06',
      consentOn: '1985-06-06',
      consentType: 'acceptance',
    });
    expect(await claim('DZA', 'untc:XIV-7')).toMatchObject({
      signedOn: '1983-09-13',
      consentOn: '1987-09-11',
      otherActions: ['Notification under article 21 (1): 1992-12-22'],
    });
    expect(await claim('KHM', 'untc:VI-3')).toMatchObject({
      consentOn: '1951-10-03',
      consentType: 'succession',
    });
    expect(await claim('LBR', 'untc:VIII-2')).toMatchObject({
      consentOn: '2005-09-16',
      consentType: 'acceptance',
    });
    expect(await claim('CZE', 'untc:XII-7')).toMatchObject({
      signedOn: '1993-06-02',
      otherActions: ['Signature by succession: 1993-06-02'],
    });
    expect(await claim('BRA', 'untc:XIV-7-a')).toMatchObject({
      signedOn: '1986-05-05',
      consentOn: '1990-03-09',
      consentType: 'definitive_signature',
    });
    expect(await claim('AFG', 'untc:I-2')).toMatchObject({
      otherActions: expect.arrayContaining(['Resolution: 34 (I)', 'Date of Adoption: 1946-11-09']),
    });
  });

  it('reads manytreaties agreements that share a treatyID apart, repeated rows as one claim, former states', async () => {
    const dir = ggoSlice(['UNCLOS_1982A', 'INPPSO_1954A']);
    folders.push(dir);
    const dataset = readDataset(dir, () => undefined);
    const parties = join(dir, 'parties.csv');
    const lines = new Set([
      ...dataset.claims.flatMap((c) => [c.line, ...(c.mergedLines ?? [])]),
      ...dataset.skipped.filter((n) => n.file === parties).map((n) => n.line),
    ]);
    expect(lines.size).toBe(csvDataLines(parties));
    await importDataset(driver, dir, { dryRun: false });
    // GGO gives the Part XI Agreement's treatyID to some rows of the Fish Stocks Agreement too.
    expect(await claim('USA', 'ggo:UNCLOS_1982A~2')).toMatchObject({
      signedOn: '1995-12-04',
      consentOn: '1996-08-21',
    });
    expect(await claim('USA', 'ggo:UNCLOS_1982A')).toMatchObject({
      signedOn: '1994-07-29',
      consentOn: '2007-08-07',
      otherActions: [
        expect.stringMatching(/^StateEnd \(line \d+\): none$/),
        expect.stringMatching(/^StateForce \(line \d+\): 2004-01-18$/),
        expect.stringMatching(/^StateEnd \(line \d+\): none$/),
      ],
    });
    expect(await claim('DEU', 'ggo:INPPSO_1954A')).toMatchObject({
      withdrawnOn: '1983-10-02',
      otherActions: [expect.stringMatching(/^StateEnd \(line \d+\): 1989-03-30$/)],
    });
    // GGO codes the German Democratic Republic GDR (Correlates of War).
    expect(await claim('DDR', 'ggo:INPPSO_1954A')).toMatchObject({
      consentOn: '1979-01-29',
      withdrawnOn: '1989-03-30',
    });
    const names = await column<string>(driver, "MATCH (s:State {code: 'DDR'}) RETURN s.name");
    expect(names).toEqual(['German Democratic Republic']);
  });

  it('writes nothing when the same folder is imported again', async () => {
    const dir = slice(['4-11']);
    const before = await graphChecksum(driver);
    const report = await importDataset(driver, dir, { dryRun: false });
    expect(report.counts.claims).toEqual({ created: 0, updated: 0, unchanged: 196 });
    expect(report.counts.instruments).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('refuses a folder with an unreadable table and leaves the graph unchanged', async () => {
    const dir = slice(['4-11', '3-2-1']);
    writeFileSync(
      join(dir, 'treaties', '3-2-1.csv'),
      'Participant,Application\nAlbania,"4 Oct 2007\n',
    );
    const before = await graphChecksum(driver);
    const refused = await importDataset(driver, dir, { dryRun: false }).catch((e: unknown) => e);
    expect(isImportError(refused) && refused.details[0]).toMatchObject({
      file: join(dir, 'treaties', '3-2-1.csv'),
    });
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('refuses a folder of no known layout', async () => {
    const refused = await importDataset(driver, join(DATASETS.untc, 'treaties'), {
      dryRun: false,
    }).catch((e: unknown) => e);
    expect(isImportError(refused) && refused.code).toBe('FILE_UNREADABLE');
  });
});
