import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importCorpus, importDataset, importFiles } from '@treatygraph/import';
import { untcSlice } from '@treatygraph/import/dataset-slices';
import { createDriver, createYoga } from '@treatygraph/server';
import type { TreatygraphYoga } from '@treatygraph/server';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ask } from '../support/treaty-tables';

// Status you can trust (issue 16): "not party" only where a complete table says so, otherwise
// "no record"; every answer with its source and as-at date. The bundled corpus holds UNTOC for
// 21 states only (no table declared complete); the UNTC MTDSG slice holds the CRC whole.
const UNTC_2014 = fileURLToPath(new URL('../../../shared/data/untc-2014/', import.meta.url));
const PROTOCOL = 'untoc-trafficking-protocol';
const CRC_ID = 'crc';

type Answer = {
  state: { code: string };
  status: string;
  asOf: string | null;
  dataAsOf: string | null;
  source: { id: string } | null;
};

const STATUS = `query ($id: ID!, $date: Date!, $states: [String!]) {
  instrument(id: $id) {
    statusAsOf(date: $date, states: $states) {
      state { code } status asOf dataAsOf source { id }
    }
  }
}`;

describe('status answers say what they know', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const crc = untcSlice(['4-11']);
  const statusOf = async (id: string, date: string, states: string[]) => {
    const data = await ask<{ instrument: { statusAsOf: Answer[] } }>(yoga, STATUS, {
      id,
      date,
      states,
    });
    return Object.fromEntries(data.instrument.statusAsOf.map((a) => [a.state.code, a]));
  };
  const importTable = (file: string, options: { url: string; asOf: string; complete?: true }) =>
    importFiles(driver, [{ name: file, content: readFileSync(`${UNTC_2014}${file}`, 'utf8') }], {
      dryRun: false,
      instrument: PROTOCOL,
      asOf: options.asOf,
      ...(options.complete && { complete: true }),
      statusSource: { url: options.url },
    });

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await importCorpus(driver, {});
    await importDataset(driver, crc, { dryRun: false });
    yoga = createYoga({ driver });
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.close();
    rmSync(crc, { recursive: true, force: true });
  });

  it('the importer marks a whole MTDSG table complete and declares nothing for the corpus', async () => {
    const data = await ask<Record<string, { coveredBy: unknown[] }>>(
      yoga,
      `{ crc: instrument(id: "${CRC_ID}") { coveredBy { source { id } asOf complete } }
         untoc: instrument(id: "untoc") { coveredBy { complete } } }`,
    );
    expect(data.crc?.coveredBy).toEqual([
      { source: { id: 'src-untc-mtdsg-2015' }, asOf: '2015-03-14', complete: true },
    ]);
    expect(data.untoc?.coveredBy).toEqual([]);
  });

  it('answers party with its source and as-at date, and NO_RECORD where UNTOC data is partial', async () => {
    const untoc = await statusOf('untoc', '2026-12-02', ['BLR', 'AUS', 'PRK']);
    expect(untoc.BLR).toMatchObject({
      status: 'IN_FORCE',
      source: { id: 'src-fc2da67bce9464de' },
      asOf: '2014-01-27',
      // Asked long after the data: the answer says how old it is.
      dataAsOf: '2014-01-27',
    });
    expect(untoc.AUS).toEqual({
      state: { code: 'AUS' },
      status: 'NO_RECORD',
      asOf: null,
      dataAsOf: null,
      source: null,
    });
    // The CRC's table is complete: a state it leaves out is not party, per UNTC as at 2015.
    const crcStatus = await statusOf(CRC_ID, '2015-01-01', ['AUS', 'UNK']);
    expect(crcStatus.AUS?.status).toBe('IN_FORCE');
    expect(crcStatus.UNK).toMatchObject({
      status: 'NOT_PARTY',
      source: { id: 'src-untc-mtdsg-2015' },
      asOf: '2015-03-14',
      dataAsOf: null,
    });
  });

  it('compare puts CRC parties with no UNTOC record apart from "only in A"', async () => {
    const data = await ask<{ compare: Record<string, unknown> }>(
      yoga,
      `{ compare(a: "${CRC_ID}", b: "untoc", asOf: "2014-01-27") {
        a { complete asOf source { id } } b { complete asOf }
        onlyA { code } noRecordInB { code } both { code } noRecordInA { code } onlyB { code } } }`,
    );
    const codes = (group: string) =>
      (data.compare[group] as { code: string }[]).map((state) => state.code);
    for (const code of ['AUS', 'AUT', 'ARG']) {
      expect(codes('noRecordInB')).toContain(code);
      expect(codes('onlyA')).not.toContain(code);
    }
    expect(codes('both')).toContain('BLR');
    expect(codes('onlyA')).toEqual([]);
    expect(data.compare.a).toEqual({
      complete: true,
      asOf: '2015-03-14',
      source: { id: 'src-untc-mtdsg-2015' },
    });
    expect(data.compare.b).toEqual({ complete: false, asOf: '2014-01-27' });
  });

  it('a partial table leaves unlisted states without a record; a complete one makes them not party', async () => {
    await importTable('palermo_trafficking_protocol_post2014_partial.csv', {
      url: 'https://whatconvention.org/es/ratifications/317',
      asOf: '2014-09-09',
    });
    const partial = await statusOf(PROTOCOL, '2015-01-01', ['AFG', 'PRK']);
    expect(partial.AFG).toMatchObject({ status: 'IN_FORCE', asOf: '2014-09-09' });
    expect(partial.PRK?.status).toBe('NO_RECORD');

    const whole = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a';
    await importTable('palermo_trafficking_protocol_XVIII-12-a.csv', {
      url: whole,
      asOf: '2014-01-27',
      complete: true,
    });
    const both = await statusOf(PROTOCOL, '2015-01-01', ['AFG', 'PRK', 'JPN']);
    // Afghanistan acceded after the complete table's date: the partial table's record stands.
    expect(both.AFG).toMatchObject({ status: 'IN_FORCE', asOf: '2014-09-09' });
    expect(both.JPN).toMatchObject({ status: 'SIGNED', asOf: '2014-01-27' });
    expect(both.PRK).toMatchObject({
      status: 'NOT_PARTY',
      asOf: '2014-01-27',
      dataAsOf: '2014-01-27',
    });
    expect(both.PRK?.source?.id).toMatch(/^src-[0-9a-f]{16}$/);
    const tables = await ask<{ instrument: { coveredBy: { asOf: string; complete: boolean }[] } }>(
      yoga,
      `{ instrument(id: "${PROTOCOL}") { coveredBy { asOf complete } } }`,
    );
    expect(tables.instrument.coveredBy.map((t) => [t.asOf, t.complete]).sort()).toEqual([
      ['2014-01-27', true],
      ['2014-09-09', false],
    ]);
  });
});
