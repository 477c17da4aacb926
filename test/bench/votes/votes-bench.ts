import { applySchema, importVoteData } from '@treatygraph/import';
import type { Driver } from 'neo4j-driver';
import { VOTES_DIR } from '../../support/voeten-csv';
import { postGraphql } from '../api/graphql-client';
import { measureLatency } from '../api/latency';
import { BASELINE_TIMEOUT_MS, cypherMedian } from '../cypher-median';
import { clearDatabase } from '../database';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { startChildServer } from '../servers/child-server';
import { median } from '../stats';

/** The issue's speed target for both questions: under a second at the median. */
const TARGET_MS = 1_000;

const AFFINITY = `{ state(code: "USA") { votingAffinity(with: "ISR") { agreement votesCompared } } }`;
const BLOCS = `{ votingBlocs(from: "2000-01-01", to: "2009-12-31") { id cohesion members { code } } }`;
// Issue 17: every roll call of the data (6,203), not one decade.
const BLOCS_ALL = `{ votingBlocs(from: "1946-01-01", to: "2029-12-31") { id cohesion members { code } } }`;

// The same computations hand-written in Cypher, timed after the API so each has the machine
// alone: one pair's agreement by expanding the roll
// calls both voted on; every pair's agreement over the decade (Cypher has no Louvain, so the
// baseline stops at the affinity graph the blocs are found in).
const AFFINITY_CYPHER = `MATCH (:State {code: 'USA'})-[va:VOTED]->(r:RollCall)<-[vb:VOTED]-(:State {code: 'ISR'})
RETURN count(r) AS compared, count(CASE WHEN va.choice = vb.choice THEN 1 END) AS agreed`;
const BLOCS_CYPHER = `MATCH (r:RollCall) WHERE r.date >= '2000-01-01' AND r.date <= '2009-12-31'
MATCH (a:State)-[va:VOTED]->(r)<-[vb:VOTED]-(b:State) WHERE a.code < b.code
WITH a.code AS a, b.code AS b, count(r) AS compared,
  count(CASE WHEN va.choice = vb.choice THEN 1 END) AS agreed
WHERE compared >= 10
RETURN a, b, toFloat(agreed) / compared AS agreement`;
const BLOCS_ALL_CYPHER = BLOCS_CYPHER.replace("'2000-01-01'", "'1946-01-01'").replace(
  "'2009-12-31'",
  "'2029-12-31'",
);

export type VotesBenchOptions = {
  driver: Driver;
  uri: string;
  quick: boolean;
  log: (line: string) => void;
};

/**
 * The UN General Assembly votes (issue 14): the whole dataset imported into an empty graph,
 * then `votingAffinity` for one pair over all years and `votingBlocs` for one decade through
 * the API, each against the hand-written Cypher of the same computation.
 */
export async function votesBench(options: VotesBenchOptions): Promise<BenchResult[]> {
  const { driver, uri, quick, log } = options;
  await clearDatabase(driver);
  await applySchema(driver);
  const started = performance.now();
  const summary = await importVoteData(driver, VOTES_DIR, {
    onProgress: (m) => log(`votes: ${m}`),
  });
  const importSeconds = (performance.now() - started) / 1000;
  const results = [
    benchResult({
      name: 'votes.import',
      value: importSeconds,
      unit: 's',
      note: `${summary.rollCalls} roll calls, ${summary.votes} votes into an empty graph, read and validated included; target < 120 s`,
    }),
  ];
  const server = await startChildServer({ entry: 'serve-ours', neo4jUri: uri });
  try {
    const window = quick
      ? { warmup: 1, windowMs: 300, minRounds: 3, maxMs: 2_000 }
      : { warmup: 3, windowMs: 5_000, minRounds: 15, maxMs: 60_000 };
    for (const [name, query, cypher, targetMs] of [
      ['votes.p50.affinity-pair-all-years', AFFINITY, AFFINITY_CYPHER, TARGET_MS],
      ['votes.p50.blocs-decade', BLOCS, BLOCS_CYPHER, TARGET_MS],
      ['votes.p50.blocs-all-years', BLOCS_ALL, BLOCS_ALL_CYPHER, null],
    ] as const) {
      const api = await measureLatency({
        sides: [{ name, ask: () => postGraphql(server.url, { query, variables: {} }) }],
        ...window,
      }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      // A question the server stops (its query timeout) is a finding, not a broken run.
      if (api instanceof Error) {
        log(`${name} failed: ${api.message}`);
        results.push(
          benchResult({ name, value: null, unit: 'ms', note: `failed: ${api.message}` }),
        );
        continue;
      }
      const value = median(api.get(name) ?? []);
      const baseline = await cypherMedian(driver, { cypher }, { ...window, warmup: 1 });
      results.push(
        benchResult({
          name,
          value,
          unit: 'ms',
          baseline,
          note:
            (targetMs === null
              ? 'no target; baseline: '
              : `target < ${targetMs} ms: ${value < targetMs ? 'met' : 'missed'}; baseline: `) +
            (baseline === null
              ? `hand-written Cypher did not finish in ${BASELINE_TIMEOUT_MS / 1000} s`
              : 'hand-written Cypher'),
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
