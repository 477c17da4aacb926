import { runImportCli } from '@treatygraph/import';
import { createYoga } from '@treatygraph/server';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { clearDatabase } from '../bench/database';
import { readVoeten, VOTES_DIR } from '../support/voeten-csv';

// The whole dataset through `npm run import`'s command line: 6,203 roll calls, 870,109 votes.
let driver: Driver;

async function count(cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher);
  return Number(records[0]?.get('n'));
}

beforeAll(async () => {
  driver = neo4j.driver(inject('neo4jUri'));
  await clearDatabase(driver);
});
afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
});

it('imports every roll call and vote of the CSV files, historical voters included', async () => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runImportCli([VOTES_DIR], {
    env: { NEO4J_URI: inject('neo4jUri') },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  expect(code, stderr.join('\n')).toBe(0);
  expect(stderr).toContain('[votes] 100,000 of 870,109 votes');
  expect(stderr).toContain('[votes] Zanzibar: 2 votes as XZN');
  // The dataset files the Federal Republic of Yugoslavia and its successors under "Yugoslavia".
  expect(stderr).toContain('[votes] Yugoslavia: 3,697 votes as YUG');
  expect(stderr).toContain('[votes] Yugoslavia: 503 votes as SCG');
  expect(stderr).toContain('[votes] Yugoslavia: 1,275 votes as SRB');
  expect(stdout.join('\n')).toMatch(/created 6404 nodes and 870109 relationships/);
  expect(await count('MATCH (r:RollCall) RETURN count(r) AS n')).toBe(6203);
  expect(await count('MATCH (:State)-[v:VOTED]->(:RollCall) RETURN count(v) AS n')).toBe(870109);
  expect(await count('MATCH (r:RollCallStaged) RETURN count(r) AS n')).toBe(0);
  const csv = readVoeten();
  const yes = csv.votes.filter((v) => v.rcid === '3' && v.vote === 'yes').length;
  expect(
    await count(
      "MATCH (:RollCall {id: 'unga-3'})<-[:VOTED {choice: 'YES'}]-() RETURN count(*) AS n",
    ),
  ).toBe(yes);
  const codeless = csv.votes.filter((v) => v.alpha2 === '').length;
  expect(
    await count(
      "MATCH (s:State)-[:VOTED]->(r:RollCall) WHERE s.code IN ['XZN'] OR (s.code IN ['DEU', 'YEM'] AND r.date < '1991-01-01') RETURN count(*) AS n",
    ),
  ).toBe(codeless);
}, 300_000);

it('links a registry instrument to the roll call on its resolution, whatever the symbol form', async () => {
  // CEDAW was adopted by a recorded vote, which the vote data files as R/34/180.
  await driver.executeQuery(
    "CREATE (:Instrument {id: 'cedaw', name: 'CEDAW', kind: 'convention', symbol: 'A/RES/34/180'})",
  );
  const response = await createYoga({ driver }).fetch('http://treatygraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ instrument(id: "cedaw") { rollCalls { id symbol instruments { id } } } }',
    }),
  });
  const body = (await response.json()) as {
    data: {
      instrument: { rollCalls: { id: string; symbol: string; instruments: { id: string }[] }[] };
    };
  };
  expect(body.data.instrument.rollCalls).toEqual([
    { id: 'unga-2052', symbol: 'R/34/180', instruments: [{ id: 'cedaw' }] },
  ]);
});
