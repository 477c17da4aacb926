import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { startNeo4j } from '../../scripts/neo4j';
import type { LocalNeo4j } from '../../scripts/neo4j';
import { apiBench } from './api/api-bench';
import { stormBench } from './api/storm-bench';
import { chooseProbes } from './api/probes';
import { apiQuestions, stateQuestion } from './api/queries';
import type { BenchArgs } from './args';
import { prepareCorpus } from './corpus/prepare';
import type { PreparedCorpus } from './corpus/prepare';
import { applySchema } from '@treatygraph/import';
import { clearDatabase } from './database';
import { datasetsBench } from './datasets/datasets-bench';
import { importBench } from './import/import-bench';
import { importerLoad } from './import/importer-load';
import { describeMachine } from './machine';
import { neo4jHeapUsedMb } from './memory';
import { createPhases } from './phases';
import type { Phase, Phases } from './phases';
import { benchResult } from './records';
import type { BenchResult } from './records';
import { startChildServer } from './servers/child-server';
import type { ChildServer } from './servers/child-server';
import { buildWeb } from './ui/build-web';
import type { WebBuild } from './ui/build-web';
import { uiBench } from './ui/ui-bench';
import { uiCorpusEdges, viewLimits } from './ui/ui-plan';
import { votesBench } from './votes/votes-bench';
import type { ViewLimit } from './ui/view-limit';

export type BenchRun = { machine: string; results: BenchResult[]; phases: readonly Phase[] };

/** Node counts of the app's signatories views the UI part measures. */
const UI_VIEWS = [500, 2_000, 5_000];
/** `--quick` leaves out the 2,000-node view; the 5,000-node one is issue 17's target. */
const QUICK_UI_VIEWS = [500, 5_000];

/** The views to draw and the corpus that holds enough declarations for them. */
type UiPlan = { views: ViewLimit[]; corpus: PreparedCorpus };

type Context = {
  args: BenchArgs;
  driver: Driver;
  uri: string;
  log: (line: string) => void;
  phases: Phases;
  results: BenchResult[];
};

/** The UI is measured last and may fail alone (a broken build, no Chromium): keep the rest. */
function uiFailure(context: Pick<Context, 'log'>, error: unknown): BenchResult {
  context.log(`UI bench failed: ${error instanceof Error ? error.message : String(error)}`);
  return benchResult({ name: 'ui.draw', value: null, unit: 'ms', note: 'failed: see the log' });
}

/** Every corpus the run imports, and for the UI the largest one if it is big enough, else its own. */
async function prepareCorpora(
  args: BenchArgs,
  work: string,
): Promise<{ sizes: PreparedCorpus[]; ui?: UiPlan }> {
  const sizes: PreparedCorpus[] = [];
  for (const edges of args.sizes) sizes.push(await prepareCorpus({ seed: args.seed, edges, work }));
  const largest = sizes.at(-1);
  if (!args.parts.includes('ui') || !largest) return { sizes };
  const nodes = args.quick ? QUICK_UI_VIEWS : UI_VIEWS;
  const views = viewLimits(largest, nodes);
  if (views) return { sizes, ui: { views, corpus: largest } };
  const edges = uiCorpusEdges(Math.max(...nodes));
  const corpus = await prepareCorpus({ seed: args.seed, edges, work });
  const own = viewLimits(corpus, nodes);
  if (!own) throw new Error(`a corpus of ${edges} edges has too few declarations for ${nodes}`);
  return { sizes, ui: { views: own, corpus } };
}

async function load(driver: Driver, prepared: PreparedCorpus): Promise<void> {
  await clearDatabase(driver);
  await applySchema(driver);
  await importerLoad(driver, prepared.files);
}

/**
 * Imports every size (benchmarked when `import` is a part), leaving the largest loaded; with
 * neither the API nor memory to measure, only benchmarked sizes are loaded.
 */
async function loadCorpora(context: Context, sizes: readonly PreparedCorpus[]): Promise<void> {
  const { args, driver, uri, log, phases } = context;
  const benchmarked = args.parts.includes('import');
  const servedAtLargest = (['api', 'storm', 'memory'] as const).some((p) => args.parts.includes(p));
  for (const [index, prepared] of sizes.entries()) {
    const { edges, corpus, files } = prepared;
    log(`corpus of ${edges} edges: ${JSON.stringify(corpus.counts)} in ${files.length} files`);
    if (benchmarked) {
      // Up to 100,000 edges a round takes seconds: two rounds a side at least, in turn (baseline,
      // ours, ours, baseline), so that a load that drifts weighs on both; a million-edge round
      // takes many minutes, so one.
      const repetitions = args.quick || edges > 100_000 ? 1 : edges > 10_000 ? 2 : 3;
      const results = await phases.time(`import bench at ${edges} edges`, () =>
        importBench({ driver, neo4jUri: uri, files, edges, repetitions }),
      );
      context.results.push(...results);
    } else if (servedAtLargest && index === sizes.length - 1) {
      await phases.time(`import of ${edges} edges`, () => load(driver, prepared));
    }
  }
}

async function uiResults(
  context: Context,
  options: { appUrl: string; plan: UiPlan; loaded?: PreparedCorpus },
): Promise<BenchResult[]> {
  const { args, driver, log, phases } = context;
  const { appUrl, plan, loaded } = options;
  try {
    if (plan.corpus !== loaded) {
      const { edges, corpus } = plan.corpus;
      log(`UI corpus of ${edges} edges: ${JSON.stringify(corpus.counts)}`);
      await phases.time(`UI corpus import (${edges} edges)`, () => load(driver, plan.corpus));
    }
    return await phases.time('UI runs', () =>
      uiBench({
        appUrl,
        views: plan.views,
        runs: args.quick ? 1 : 3,
        timeoutMs: 600_000,
        log,
      }),
    );
  } catch (error) {
    return [uiFailure(context, error)];
  }
}

/** API, peer, memory and UI against the loaded corpus, each server in its own process. */
async function againstServers(
  context: Context,
  options: { loaded?: PreparedCorpus; ui?: UiPlan; web?: WebBuild },
): Promise<void> {
  const { args, driver, uri, log, phases } = context;
  const { loaded, ui, web } = options;
  const servers: ChildServer[] = [];
  try {
    const [ours, peer, http] = await phases.time('servers start', () =>
      Promise.all([
        startChildServer({ entry: 'serve-ours', neo4jUri: uri, webRoot: web?.root }),
        startChildServer({ entry: 'serve-peer', neo4jUri: uri }),
        startChildServer({ entry: 'serve-http-baseline', neo4jUri: uri }),
      ]),
    );
    servers.push(ours, peer, http);
    const probes = loaded && chooseProbes(loaded.corpus);
    if (loaded && probes && args.parts.includes('api')) {
      log(`API at ${loaded.edges} edges: ours ${ours.url}, peer ${peer.url}, HTTP ${http.url}`);
      const results = await phases.time('API', () =>
        apiBench({
          driver,
          oursUrl: ours.url,
          peerUrl: peer.url,
          httpUrl: http.url,
          questions: apiQuestions(probes),
          suffix: `@${loaded.edges}`,
          edges: loaded.edges,
          onFailure: (message) => log(`API question failed: ${message}\n${ours.stderrTail()}`),
          ...(args.quick
            ? { warmup: 1, windowMs: 300, minRounds: 3, maxMs: 1_000, throughputSeconds: 1 }
            : { warmup: 10, windowMs: 5_000, minRounds: 30, maxMs: 30_000, throughputSeconds: 5 }),
        }),
      );
      context.results.push(...results);
    }
    if (loaded && probes && args.parts.includes('storm')) {
      context.results.push(
        ...(await phases.time('storm', () =>
          stormBench({
            oursUrl: ours.url,
            cheap: stateQuestion(probes),
            seconds: args.quick ? 3 : 10,
            idleSamples: args.quick ? 30 : 200,
            edges: loaded.edges,
            peakMb: async () => (await ours.memory()).peakMb,
          }),
        )),
      );
    }
    if (loaded && args.parts.includes('memory')) {
      const edges = loaded.edges;
      const [oursMemory, peerMemory] = [await ours.memory(), await peer.memory()];
      context.results.push(
        benchResult({
          name: `memory.server-rss@${edges}`,
          value: oursMemory.rssMb,
          unit: 'MB',
          baseline: peerMemory.rssMb,
          note: `vs @neo4j/graphql; peaks ${Math.round(oursMemory.peakMb)} and ${Math.round(peerMemory.peakMb)} MB`,
        }),
        benchResult({
          name: `memory.neo4j-heap@${edges}`,
          value: await neo4jHeapUsedMb(driver),
          unit: 'MB',
          note: 'heap used, JMX java.lang:type=Memory',
        }),
      );
    }
    if (web && ui) {
      log('UI: app and bare Cytoscape page in headless Chromium');
      context.results.push(
        ...(await uiResults(context, { appUrl: `${ours.url}/`, plan: ui, loaded })),
      );
    }
  } finally {
    for (const server of servers) await server.stop();
  }
}

/**
 * The whole benchmark: a throwaway Neo4j (or `args.neo4jUri`, which is emptied), import at
 * every size, then API, peer and memory at the largest size with that corpus loaded, then the
 * UI on a corpus big enough for its views. Neo4j starts while the corpora are generated and
 * the UI is built (only when a source changed since the last build), before any measurement.
 */
export async function runBench(
  args: BenchArgs,
  log: (line: string) => void = () => undefined,
): Promise<BenchRun> {
  const phases = createPhases(log);
  const work = await mkdtemp(join(tmpdir(), 'treatygraph-bench-'));
  const starting: Promise<LocalNeo4j | undefined> = args.neo4jUri
    ? Promise.resolve(undefined)
    : phases.time('Neo4j start', () =>
        startNeo4j({ dir: join(work, 'neo4j'), heap: '1g', pageCache: '512m', onProgress: log }),
      );
  const web = args.parts.includes('ui')
    ? phases.time('UI build', async () => {
        const build = await buildWeb();
        log(build.rebuilt ? 'UI built into web/dist' : 'web/dist is newer than every source');
        return build;
      })
    : undefined;
  // Awaited later; until then a failure must not surface as an unhandled rejection.
  web?.catch(() => undefined);
  let driver: Driver | undefined;
  try {
    const { sizes, ui } = await phases.time('corpus generation', () => prepareCorpora(args, work));
    const local = await starting;
    const uri = args.neo4jUri ?? local?.uri ?? '';
    driver = neo4j.driver(uri);
    const context: Context = { args, driver, uri, log, phases, results: [] };
    // Built before anything is measured: a build running beside a measurement would skew it.
    const built = await web?.catch((error: unknown) => {
      context.results.push(uiFailure(context, error));
      return undefined;
    });
    const machine = await describeMachine(driver);
    if (args.parts.includes('datasets')) {
      context.results.push(
        ...(await phases.time('datasets (UNTC and manytreaties)', () =>
          datasetsBench({ driver: context.driver, uri, log }),
        )),
      );
    }
    await loadCorpora(context, sizes);
    const loaded = args.parts.some(
      (part) => part === 'import' || part === 'api' || part === 'storm' || part === 'memory',
    )
      ? sizes.at(-1)
      : undefined;
    if (loaded || ui) await againstServers(context, { loaded, ui, web: built });
    // Last: it empties the graph for the vote data.
    if (args.parts.includes('votes')) {
      context.results.push(
        ...(await phases.time('votes', () =>
          votesBench({ driver: context.driver, uri, quick: args.quick, log }),
        )),
      );
    }
    return { machine, results: context.results, phases: phases.list() };
  } finally {
    await web?.catch(() => undefined);
    await driver?.close();
    await (await starting.catch(() => undefined))?.stop();
    await rm(work, { recursive: true, force: true });
  }
}
