import { rmSync } from 'node:fs';
import { importDataset } from '@treatygraph/import';
import type { DatasetReport } from '@treatygraph/import';
import { ggoSlice, untcSlice } from '@treatygraph/import/dataset-slices';
import { createDriver, createYoga } from '@treatygraph/server';
import type { TreatygraphYoga } from '@treatygraph/server';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ask, expectCrcBoundAsSourcesSay, ggoStatus, statusAsOf } from '../support/treaty-tables';

// A multi-source instrument (the Convention on the Rights of the Child from UNTC and GGO) and a
// manytreaties-only agreement, from slices of the shared data, asked of the API.
const GGO_ONLY = 'ESIOTC_1993A';
const KYOTO = 'UNNFCC_1997P:UNFCCC_1992A';
const DATE = '2015-01-01';

type Claim = { source: { id: string; licence: string | null }; consentOn: string | null };

describe('one instrument from two sources, through the API', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const folders = [untcSlice(['4-11', '27-7-a']), ggoSlice(['RGHTSC_1989A', GGO_ONLY, KYOTO])];
  const reports: DatasetReport[] = [];
  const query = <T>(text: string) => ask<T>(yoga, text);

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    for (const folder of folders) {
      reports.push(await importDataset(driver, folder, { dryRun: false }));
    }
    yoga = createYoga({ driver });
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('finds the CRC by its UNTC number, with its GGO number too', async () => {
    const data = await query<{
      instruments: { totalCount: number; edges: { node: { id: string; identifiers: unknown } }[] };
    }>(`{ instruments(filter: { identifier: { scheme: UNTC, value: "IV-11" } }) {
      totalCount edges { node { id identifiers { scheme value } } } } }`);
    expect(data.instruments.totalCount).toBe(1);
    expect(data.instruments.edges[0]?.node.identifiers).toEqual([
      { scheme: 'GGO', value: 'RGHTSC_1989A' },
      { scheme: 'UNTC', value: 'IV-11' },
    ]);
  });

  it('counts as bound on 2015-01-01 every state UNTC shows bound, and others only on GGO’s word', async () => {
    await expectCrcBoundAsSourcesSay(yoga, DATE);
  });

  it('shows both claims with their sources where UNTC and GGO disagree', async () => {
    const data = await query<{
      state: {
        partyTo: {
          instrument: { id: string };
          sources: Claim[];
          conflicts: { field: string; claims: Claim[] }[];
        }[];
      };
    }>(`{ state(code: "SRB") { partyTo { instrument { id }
      sources { source { id licence } consentOn }
      conflicts { field claims { source { id licence } consentOn } } } } }`);
    const crc = data.state.partyTo.find((p) => p.instrument.id === 'crc');
    expect(crc?.sources).toHaveLength(2);
    expect(crc?.conflicts).toContainEqual({
      field: 'consentOn',
      claims: expect.arrayContaining([
        {
          source: { id: 'src-untc-mtdsg-2015', licence: expect.any(String) },
          consentOn: '2001-03-12',
        },
        { source: { id: 'src-manytreaties-ggo', licence: 'CC BY 4.0' }, consentOn: '1991-01-03' },
      ]),
    });
  });

  it('keeps GGO’s Kyoto ratification for the USA beside UNTC’s signature, and follows UNTC', async () => {
    const rows = await statusAsOf(yoga, { scheme: 'GGO', value: KYOTO }, '2014-01-01');
    const status = Object.fromEntries(rows.map((r) => [r.state.code, r.status]));
    // UNTC 27-7-a: "United States of America, 12 Nov 1998, "; "India, , 26 Aug 2002 a".
    expect(status).toMatchObject({ USA: 'SIGNED', IND: 'IN_FORCE', FRA: 'IN_FORCE' });
    const data = await query<{
      state: { partyTo: { instrument: { id: string }; sources: Claim[] }[] };
    }>(
      `{ state(code: "USA") { partyTo { instrument { id } sources { source { id licence } consentOn } } } }`,
    );
    const kyoto = data.state.partyTo.find((p) => p.instrument.id === 'untc-xxvii-7-a');
    expect(kyoto?.sources).toEqual(
      expect.arrayContaining([
        { source: { id: 'src-untc-mtdsg-2015', licence: expect.any(String) }, consentOn: null },
        { source: { id: 'src-manytreaties-ggo', licence: 'CC BY 4.0' }, consentOn: '2004-09-30' },
      ]),
    );
  });

  it('gives a manytreaties-only agreement the statuses of its parties table', async () => {
    expect(reports[1]?.skipped.filter((n) => n.message.includes('stateID'))).toEqual([]);
    for (const date of ['1995-01-01', '2000-01-01', '2020-01-01']) {
      const rows = await statusAsOf(yoga, { scheme: 'GGO', value: GGO_ONLY }, date);
      expect(Object.fromEntries(rows.map((r) => [r.state.code, r.status]))).toEqual(
        ggoStatus(GGO_ONLY, date),
      );
    }
  });

  it('records the European Union as a party from both sources, with each source’s claim', async () => {
    // UNTC 27-7-a: "European Union, 29 Apr 1998, 31 May 2002 AA"; GGO codes it EUE, its
    // StateEnd 2012-12-15 read as a withdrawal.
    expect(reports.map((r) => r.counts.organizationClaims)).toEqual([1, 2]);
    const data = await query<{
      organization: {
        name: string;
        partyTo: {
          instrument: { id: string };
          participant: { __typename: string; id: string };
          consentOn: string | null;
          consentType: string | null;
          sources: {
            source: { id: string };
            consentOn: string | null;
            withdrawnOn: string | null;
          }[];
          conflicts: { field: string }[];
        }[];
      };
    }>(`{ organization(id: "eu") { name partyTo {
      instrument { id } participant { __typename ... on Organization { id } }
      consentOn consentType
      sources { source { id } consentOn withdrawnOn } conflicts { field } } } }`);
    expect(data.organization.name).toBe('European Union');
    const kyoto = data.organization.partyTo.find((p) => p.instrument.id === 'untc-xxvii-7-a');
    expect(kyoto).toMatchObject({
      participant: { __typename: 'Organization', id: 'eu' },
      consentOn: '2002-05-31',
      consentType: 'APPROVAL',
      conflicts: [{ field: 'party' }],
    });
    expect(kyoto?.sources).toEqual(
      expect.arrayContaining([
        { source: { id: 'src-untc-mtdsg-2015' }, consentOn: '2002-05-31', withdrawnOn: null },
        {
          source: { id: 'src-manytreaties-ggo' },
          consentOn: '2002-05-31',
          withdrawnOn: '2012-12-15',
        },
      ]),
    );
    expect(data.organization.partyTo.map((p) => p.instrument.id)).toHaveLength(2);
  });

  it('answers the status of states and organizations together, following UNTC', async () => {
    const data = await query<{
      instruments: {
        edges: {
          node: {
            partyStatusAsOf: { participant: { code?: string; id?: string }; status: string }[];
          };
        }[];
      };
    }>(`{ instruments(filter: { identifier: { scheme: UNTC, value: "XXVII-7-a" } }) { edges { node {
      partyStatusAsOf(date: "2014-01-01") {
        participant { ... on State { code } ... on Organization { id } } status } } } } }`);
    const rows = data.instruments.edges[0]?.node.partyStatusAsOf ?? [];
    const status = Object.fromEntries(
      rows.map((r) => [r.participant.code ?? r.participant.id, r.status]),
    );
    expect(status).toMatchObject({ eu: 'IN_FORCE', USA: 'SIGNED', FRA: 'IN_FORCE' });
  });
});
