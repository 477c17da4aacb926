import type { Driver } from 'neo4j-driver';
import { postGraphql } from '../api/graphql-client';
import { measureLatency } from '../api/latency';
import { BASELINE_TIMEOUT_MS, cypherMedian } from '../cypher-median';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { startChildServer } from '../servers/child-server';
import { median } from '../stats';

/** The day statuses and comparisons are asked for: inside both sources' coverage. */
const AS_OF = '2010-01-01';

// The status rule of `Instrument.statusAsOf` (server/src/analysis/treaty-status.ts), by hand.
const STATUS = `CASE
  WHEN p.withdrawnOn <= $date THEN 'WITHDRAWN'
  WHEN p.consentOn IS NOT NULL AND p.consentOn <= $date
    THEN CASE WHEN i.entryIntoForceOn <= $date THEN 'IN_FORCE' ELSE 'BOUND' END
  WHEN p.consentOn IS NULL AND p.consentType IS NOT NULL
    THEN CASE WHEN p.asOf IS NULL OR p.asOf > $date THEN 'UNKNOWN'
      WHEN i.entryIntoForceOn <= $date THEN 'IN_FORCE' ELSE 'BOUND' END
  WHEN p.signedOn <= $date THEN 'SIGNED'
  ELSE 'NOT_PARTY' END`;

const STATUS_CYPHER = `MATCH (s:State)-[p:PARTY_TO]->(i:Instrument {id: $id})
RETURN s.code AS code, s.name AS name, ${STATUS} AS status ORDER BY name`;

// Party on the date (BOUND or IN_FORCE), null when the rule cannot tell (UNKNOWN).
const COMPARE_CYPHER = `MATCH (s:State)-[p:PARTY_TO]->(i:Instrument) WHERE i.id IN [$a, $b]
WITH s, i.id AS id, ${STATUS} AS status
WITH s, collect(CASE WHEN status IN ['BOUND', 'IN_FORCE'] THEN id END) AS parties,
  any(x IN collect(status) WHERE x = 'UNKNOWN') AS unknown
WHERE size(parties) > 0 OR unknown
RETURN s.code AS code, s.name AS name, parties, unknown ORDER BY name`;

const INSTRUMENTS = `{ instruments(first: 100) { edges { node { id name } } } }`;
const INSTRUMENTS_CYPHER = `MATCH (i:Instrument) RETURN i.id AS id, i.name AS name ORDER BY name LIMIT 100`;

const STATUS_QUERY = `query ($id: ID!, $date: Date!) {
  instrument(id: $id) { statusAsOf(date: $date) { state { code name } status } } }`;
const COMPARE_QUERY = `query ($a: ID!, $b: ID!, $date: Date) {
  compare(a: $a, b: $b, asOf: $date) {
    both { code name } onlyA { code name } onlyB { code name } undetermined { code name } } }`;

/** The two instruments with the most parties: the heaviest status and comparison to ask. */
async function largestInstruments(
  driver: Driver,
): Promise<{ a: string; b: string; counts: number[] }> {
  const { records } = await driver.executeQuery(
    'MATCH (:State)-[:PARTY_TO]->(i:Instrument) RETURN i.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 2',
  );
  const [a, b] = records.map((r) => String(r.get('id')));
  if (!a || !b) throw new Error('the treaty datasets gave fewer than two instruments with parties');
  return { a, b, counts: records.map((r) => Number(r.get('n'))) };
}

/**
 * Questions over the imported treaty datasets (issue 17): a page of instruments, one
 * instrument's status on a date, and two instruments compared on that date, each through
 * the API (a child server over HTTP) against the same computation in hand-written Cypher
 * asked over Bolt. Expects both sources imported.
 */
export async function treatyQuestionsBench(options: {
  driver: Driver;
  uri: string;
  log: (line: string) => void;
}): Promise<BenchResult[]> {
  const { driver, uri, log } = options;
  const { records } = await driver.executeQuery('MATCH (i:Instrument) RETURN count(i) AS n');
  const instruments = Number(records[0]?.get('n'));
  const { a, b, counts } = await largestInstruments(driver);
  log(
    `datasets: ${instruments} instruments; probes ${a} (${counts[0]} parties), ${b} (${counts[1]})`,
  );
  const window = { warmup: 3, windowMs: 5_000, minRounds: 15, maxMs: 60_000 };
  const questions = [
    {
      name: 'datasets.p50.instruments',
      request: { query: INSTRUMENTS, variables: {} },
      cypher: { cypher: INSTRUMENTS_CYPHER },
      note: `first page of 100 of ${instruments} instruments by name`,
    },
    {
      name: 'datasets.p50.status-as-of',
      request: { query: STATUS_QUERY, variables: { id: a, date: AS_OF } },
      cypher: { cypher: STATUS_CYPHER, params: { id: a, date: AS_OF } },
      note: `${a}, ${counts[0]} states, on ${AS_OF}`,
    },
    {
      name: 'datasets.p50.compare',
      request: { query: COMPARE_QUERY, variables: { a, b, date: AS_OF } },
      cypher: { cypher: COMPARE_CYPHER, params: { a, b, date: AS_OF } },
      note: `${a} with ${b} on ${AS_OF}`,
    },
  ];
  const server = await startChildServer({ entry: 'serve-ours', neo4jUri: uri });
  const results: BenchResult[] = [];
  try {
    for (const { name, request, cypher, note } of questions) {
      const api = await measureLatency({
        sides: [{ name, ask: () => postGraphql(server.url, request) }],
        ...window,
      });
      const value = median(api.get(name) ?? []);
      const baseline = await cypherMedian(driver, cypher, window);
      results.push(
        benchResult({
          name,
          value,
          unit: 'ms',
          baseline,
          note:
            `${note}; vs hand-written Cypher over Bolt` +
            (baseline === null ? ` (did not finish in ${BASELINE_TIMEOUT_MS / 1000} s)` : ''),
        }),
      );
      log(
        `${name}: ${Math.round(value)} ms, Cypher ${baseline === null ? 'timed out' : `${Math.round(baseline)} ms`}`,
      );
    }
  } finally {
    await server.stop();
  }
  return results;
}
