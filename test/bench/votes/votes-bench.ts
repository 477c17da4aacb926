import { applySchema, importVoteData } from '@treatygraph/import';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { VOTES_DIR } from '../../support/voeten-csv';
import { postGraphql } from '../api/graphql-client';
import { measureLatency } from '../api/latency';
import { clearDatabase } from '../database';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { startChildServer } from '../servers/child-server';
import { median } from '../stats';

/** The issue's speed target for both questions: under a second at the median. */
const TARGET_MS = 1_000;

const AFFINITY = `{ state(code: "USA") { votingAffinity(with: "ISR") { agreement votesCompared } } }`;
const BLOCS = `{ votingBlocs(from: "2000-01-01", to: "2009-12-31") { id cohesion members { code } } }`;

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

/** A baseline that takes longer than this is reported as not finishing. */
const BASELINE_TIMEOUT_MS = 30_000;

/** The median latency of a Cypher query, or null when it hits BASELINE_TIMEOUT_MS. */
async function cypherMedian(
  driver: Driver,
  cypher: string,
  window: Omit<Parameters<typeof measureLatency>[0], 'sides'>,
): Promise<number | null> {
  const ask = async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(cypher, {}, { timeout: BASELINE_TIMEOUT_MS });
    } finally {
      await session.close();
    }
  };
  try {
    return median(
      (await measureLatency({ sides: [{ name: 'cypher', ask }], ...window })).get('cypher') ?? [],
    );
  } catch (error) {
    if (
      error instanceof Error &&
      'code' in error &&
      String(error.code).includes('TransactionTimedOut')
    ) {
      return null;
    }
    throw error;
  }
}

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
    for (const [name, query, cypher] of [
      ['votes.p50.affinity-pair-all-years', AFFINITY, AFFINITY_CYPHER],
      ['votes.p50.blocs-decade', BLOCS, BLOCS_CYPHER],
    ] as const) {
      const api = await measureLatency({
        sides: [{ name, ask: () => postGraphql(server.url, { query, variables: {} }) }],
        ...window,
      });
      const value = median(api.get(name) ?? []);
      const baseline = await cypherMedian(driver, cypher, { ...window, warmup: 1 });
      results.push(
        benchResult({
          name,
          value,
          unit: 'ms',
          baseline,
          note:
            `target < ${TARGET_MS} ms: ${value < TARGET_MS ? 'met' : 'missed'}; baseline: ` +
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
