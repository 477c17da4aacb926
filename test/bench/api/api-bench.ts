import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { benchResult } from '../records';
import type { BenchResult } from '../records';
import { percentile } from '../stats';
import { postGraphql, postJson } from './graphql-client';
import { measureLatency } from './latency';
import type { Side } from './latency';
import type { ApiQuestion } from './queries';
import { concurrentThroughput, graphqlThroughput, postThroughput } from './throughput';
import type { Throughput } from './throughput';

export type ApiBenchOptions = {
  driver: Driver;
  oursUrl: string;
  peerUrl: string;
  /** The HTTP baseline: the same Cypher behind a minimal JSON endpoint. */
  httpUrl: string;
  questions: readonly ApiQuestion[];
  /**
   * Appended to the name of every record but the `@http` ones, e.g. `@100000`; those carry
   * the corpus size in their note, under the names the issue's targets use.
   */
  suffix: string;
  /** Signature edges of the corpus asked, for the notes. */
  edges: number;
  warmup: number;
  windowMs: number;
  minRounds: number;
  maxMs: number;
  throughputSeconds: number;
  /** Told why a question failed. */
  onFailure?: (message: string) => void;
};

function cypherAsk(driver: Driver, question: ApiQuestion): () => Promise<unknown> {
  const { text, params } = question.cypher;
  return async () => {
    const { records } = await driver.executeQuery(text, params, {
      routing: neo4j.routing.READ,
    });
    return records.map((record) => record.toObject());
  };
}

async function latencyResults(
  options: ApiBenchOptions,
  question: ApiQuestion,
): Promise<BenchResult[]> {
  const { driver, oursUrl, peerUrl, suffix } = options;
  const { peer } = question;
  const sides: Side[] = [
    { name: 'ours', ask: () => postGraphql(oursUrl, question.ours) },
    { name: 'http', ask: () => postJson(`${options.httpUrl}/cypher`, question.cypher) },
    { name: 'cypher', ask: cypherAsk(driver, question) },
    ...(peer ? [{ name: 'peer', ask: () => postGraphql(peerUrl, peer) }] : []),
  ];
  const samples = await measureLatency({ ...options, sides });
  const p = (side: string, q: number) => {
    const values = samples.get(side);
    return values && values.length > 0 ? percentile(values, q) : null;
  };
  const name = `${question.name}${suffix}`;
  return [
    benchResult({
      name: `api.p50.${question.name}@http`,
      value: p('ours', 50),
      unit: 'ms',
      baseline: p('http', 50),
      target: { op: '<=', ratio: 1.25 },
      note: `${HTTP_NOTE}; ${edgesNote(options.edges)}`,
    }),
    benchResult({
      name: `api.p50.${name}`,
      value: p('ours', 50),
      unit: 'ms',
      baseline: p('cypher', 50),
      note: 'vs one Cypher query via the driver',
    }),
    benchResult({
      name: `api.p95.${name}`,
      value: p('ours', 95),
      unit: 'ms',
      baseline: p('cypher', 95),
      note: 'vs one Cypher query via the driver',
    }),
    benchResult({
      name: `peer.p50.${name}`,
      value: p('ours', 50),
      unit: 'ms',
      baseline: p('peer', 50),
      target: { op: '<=', ratio: 1 },
      note: peer
        ? `vs @neo4j/graphql${question.peerNote ? `: ${question.peerNote}` : ''}`
        : 'n/a: @neo4j/graphql cannot ask this',
    }),
  ];
}

/**
 * A server keeps answering requests autocannon gave up on; waiting for one more answer of the
 * same question lets that backlog drain before the next measurement starts.
 */
async function drained<T>(load: () => Promise<T>, ask: () => Promise<unknown>): Promise<T> {
  const result = await load();
  await ask();
  return result;
}

function meanThroughput(a: Throughput, b: Throughput): Throughput {
  return { perSecond: (a.perSecond + b.perSecond) / 2, failed: a.failed + b.failed };
}

const HTTP_NOTE = 'vs the same Cypher behind a minimal HTTP JSON endpoint (node:http)';

/** The corpus size, which the `@http` and storm names leave out. */
export function edgesNote(edges: number): string {
  return `${edges.toLocaleString('en-US')} signature edges`;
}

function failures(failed: number): string {
  return failed > 0 ? `; ${failed} requests failed` : '';
}

async function throughputResults(
  options: ApiBenchOptions,
  question: ApiQuestion,
): Promise<BenchResult[]> {
  const { driver, oursUrl, peerUrl, suffix, throughputSeconds: seconds } = options;
  const { peer: peerRequest } = question;
  const oursOnce = () =>
    drained(
      () => graphqlThroughput({ url: oursUrl, request: question.ours, seconds }),
      () => postGraphql(oursUrl, question.ours),
    );
  const httpOnce = () =>
    postThroughput({ url: `${options.httpUrl}/cypher`, body: question.cypher, seconds });
  // Ours, the baseline, the baseline, ours: a load that drifts during the four windows
  // (other processes, Neo4j's caches warming) weighs on both sides alike.
  const oursFirst = await oursOnce();
  const httpFirst = await httpOnce();
  const http = meanThroughput(httpFirst, await httpOnce());
  const ours = meanThroughput(oursFirst, await oursOnce());
  const cypher = await concurrentThroughput({ ask: cypherAsk(driver, question), seconds });
  const peer = peerRequest
    ? await drained(
        () => graphqlThroughput({ url: peerUrl, request: peerRequest, seconds }),
        () => postGraphql(peerUrl, peerRequest),
      )
    : null;
  const name = `${question.name}${suffix}`;
  return [
    benchResult({
      name: `api.rps.${question.name}@http`,
      value: ours.perSecond,
      unit: 'req/s',
      baseline: http.perSecond,
      target: { op: '>=', ratio: 0.8 },
      note: `32 connections each, mean of two windows each (ours, HTTP, HTTP, ours); ${edgesNote(options.edges)}${failures(ours.failed + http.failed)}`,
    }),
    benchResult({
      name: `api.rps.${name}`,
      value: ours.perSecond,
      unit: 'req/s',
      baseline: cypher.perSecond,
      note: `32 connections vs 32 driver callers${failures(ours.failed)}${cypher.failed > 0 ? `; ${cypher.failed} driver calls refused` : ''}`,
    }),
    benchResult({
      name: `peer.rps.${name}`,
      value: ours.perSecond,
      unit: 'req/s',
      baseline: peer?.perSecond ?? null,
      target: { op: '>=', ratio: 1 },
      note: peer
        ? `32 connections each${failures(peer.failed)}`
        : 'n/a: @neo4j/graphql cannot ask this',
    }),
  ];
}

/**
 * For each question: p50/p95 of our GraphQL server against the same question as one Cypher
 * query behind a minimal HTTP endpoint (the target), through the driver in this process, and
 * against @neo4j/graphql, then throughput of each with 32 connections. Every answer is checked for GraphQL errors before anything is timed.
 */
export async function apiBench(options: ApiBenchOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const failed = new Set<string>();
  // A question that fails is reported as failed; the others are still measured.
  const attempt = async (question: ApiQuestion, measure: () => Promise<BenchResult[]>) => {
    if (failed.has(question.name)) return;
    try {
      results.push(...(await measure()));
    } catch (error) {
      failed.add(question.name);
      const message = error instanceof Error ? error.message : String(error);
      options.onFailure?.(`${question.name}: ${message}`);
      results.push(
        benchResult({
          name: `api.failed.${question.name}${options.suffix}`,
          value: null,
          unit: 'ms',
          note: `failed: ${message.slice(0, 120)}`,
        }),
      );
    }
  };
  for (const question of options.questions) {
    await attempt(question, async () => {
      await postGraphql(options.oursUrl, question.ours);
      if (question.peer) await postGraphql(options.peerUrl, question.peer);
      return latencyResults(options, question);
    });
  }
  for (const question of options.questions) {
    await attempt(question, () => throughputResults(options, question));
  }
  return results;
}
