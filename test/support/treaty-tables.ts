import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { resolveCountry, stateRows } from '@treatygraph/import';
import { DATASETS } from '@treatygraph/import/dataset-slices';
import type { TreatygraphYoga } from '@treatygraph/server';
import { expect } from 'vitest';

// What the shared source tables themselves say, read apart from the importer, for tests to
// compare the API with.

/** UNTC's bound states on `date` for the CRC: a consent date in the table's third column by then. */
export function untcCrcBound(date: string): Set<string> {
  const [, ...rows] = readFileSync(join(DATASETS.untc, 'treaties', '4-11.csv'), 'utf8')
    .trim()
    .split('\n');
  const bound = new Set<string>();
  for (const row of rows) {
    // The CRC's table quotes no cell: a comma split is its CSV.
    const [name = '', , consent = ''] = row.split(',');
    const country = resolveCountry(name.replace(/\s*\d+$/, ''));
    const day = consent.replace(/\s+[A-Za-z]+$/, '');
    if ('code' in country && day && new Date(`${day} UTC`).toISOString().slice(0, 10) <= date) {
      bound.add(country.code);
    }
  }
  return bound;
}

const states = new Set(stateRows().map((s) => s.code));
let parties: Record<string, string>[] | undefined;

/**
 * The parties table's own status of each state on `date`, by its dates alone. Rows of codes
 * that are no state (EUE, the European Union) the import reports and leaves out.
 */
export function ggoStatus(id: string, date: string): Record<string, string> {
  parties ??= parse(readFileSync(join(DATASETS.ggo, 'parties.csv'), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  const by = (value = '') => value !== '' && value !== '9999-12-31' && value <= date;
  const status: Record<string, string> = {};
  for (const row of parties.filter((r) => r.treatyID === id && states.has(r.stateID ?? ''))) {
    const state = row.stateID ?? '';
    if (by(row.StateEnd)) status[state] = 'WITHDRAWN';
    else if (by(row.StateForce)) status[state] = 'IN_FORCE';
    else if (by(row.StateRatification)) status[state] = 'BOUND';
    else status[state] = by(row.StateSignature) ? 'SIGNED' : 'NOT_PARTY';
  }
  return status;
}

export type StatusRow = { state: { code: string }; status: string; rule: string };

/** A GraphQL request to yoga in-process; fails the test on any error. */
export async function ask<T>(
  yoga: TreatygraphYoga,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await yoga.fetch('http://treatygraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** `statusAsOf(date)` of the one instrument with this identifier. */
export async function statusAsOf(
  yoga: TreatygraphYoga,
  identifier: { scheme: string; value: string },
  date: string,
): Promise<StatusRow[]> {
  const data = await ask<{ instruments: { edges: { node: { statusAsOf: StatusRow[] } }[] } }>(
    yoga,
    `query ($identifier: IdentifierInput!, $date: Date!) {
      instruments(filter: { identifier: $identifier }) {
        edges { node { statusAsOf(date: $date) { state { code } status rule } } } } }`,
    { identifier, date },
  );
  return data.instruments.edges[0]?.node.statusAsOf ?? [];
}

/**
 * The CRC's statuses on `date` hold to its sources: every state UNTC shows bound is BOUND or
 * IN_FORCE, and any other state so counted has a GGO claim that backs it.
 */
export async function expectCrcBoundAsSourcesSay(yoga: TreatygraphYoga, date: string) {
  const rows = await statusAsOf(yoga, { scheme: 'UNTC', value: 'IV-11' }, date);
  const bound = new Set(
    rows.filter((r) => ['BOUND', 'IN_FORCE'].includes(r.status)).map((r) => r.state.code),
  );
  const untc = untcCrcBound(date);
  expect(untc.size).toBeGreaterThan(150);
  expect([...untc].filter((code) => !bound.has(code))).toEqual([]);
  const ggo = ggoStatus('RGHTSC_1989A', date);
  const onGgoAlone = [...bound].filter((code) => !untc.has(code));
  expect(onGgoAlone.filter((code) => !['BOUND', 'IN_FORCE'].includes(ggo[code] ?? ''))).toEqual([]);
  expect(rows[0]?.rule).toMatch(/^depositary first/);
}
