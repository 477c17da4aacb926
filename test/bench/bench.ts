import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { startNeo4j } from '../../scripts/neo4j';
import { apiBench } from './api/api-bench';
import { chooseProbes } from './api/probes';
import { apiQuestions } from './api/queries';
import type { BenchArgs } from './args';
import { generateCorpus } from './corpus/generate';
import type { Corpus } from './corpus/generate';
import { writeCorpusFiles } from './corpus/write-files';
import { applySchema } from '@treatygraph/import';
import { clearDatabase } from './database';
import { importBench } from './import/import-bench';
import { importerLoad } from './import/importer-load';
import { describeMachine } from './machine';
import { neo4jHeapUsedMb } from './memory';
import { benchResult } from './records';
import type { BenchResult } from './records';
import { startChildServer } from './servers/child-server';
import { buildWeb } from './ui/build-web';
import { uiBench } from './ui/ui-bench';
import type { ChildServer } from './servers/child-server';

export type BenchRun = { machine: string; results: BenchResult[] };

/** Enough declarations for a 5,000-node synthetic view. */
const UI_CORPUS_EDGES = 200_000;

/** The UI is measured last and may fail alone (a broken build, no Chromium): keep the rest. */
function uiFailure(context: Context, error: unknown): BenchResult {
  context.log(`UI bench failed: ${error instanceof Error ? error.message : String(error)}`);
  return benchResult({ name: 'ui.draw', value: null, unit: 'ms', note: 'failed: see the log' });
}

type Context = {
  args: BenchArgs;
  driver: Driver;
  uri: string;
  work: string;
  log: (line: string) => void;
  results: BenchResult[];
};

/** Imports every size (benchmarked when `import` is a part), leaving the largest loaded. */
async function loadCorpora(context: Context): Promise<Corpus | undefined> {
  const { args, driver, work, log } = context;
  const benchmarked = args.parts.includes('import');
  const sizes = benchmarked ? args.sizes : args.sizes.slice(-1);
  let largest: Corpus | undefined;
  for (const edges of sizes) {
    const corpus = generateCorpus({ seed: args.seed, edges });
    const files = await writeCorpusFiles(corpus, join(work, `corpus-${edges}`));
    log(`corpus of ${edges} edges: ${JSON.stringify(corpus.counts)} in ${files.length} files`);
    if (benchmarked) {
      const repetitions = args.quick || edges > 10_000 ? 1 : 3;
      context.results.push(...(await importBench({ driver, files, edges, repetitions })));
    } else {
      await clearDatabase(driver);
      await applySchema(driver);
      await importerLoad(driver, files);
    }
    largest = corpus;
  }
  return largest;
}

async function uiResults(context: Context, appUrl: string): Promise<BenchResult[]> {
  const { args } = context;
  try {
    return await uiBench({
      appUrl,
      corpus: generateCorpus({ seed: args.seed, edges: UI_CORPUS_EDGES }),
      viewSizes: args.quick ? [] : [500, 2_000, 5_000],
      runs: args.quick ? 1 : 3,
      timeoutMs: 300_000,
    });
  } catch (error) {
    return [uiFailure(context, error)];
  }
}

/** API, peer, memory and UI against the loaded corpus, each server in its own process. */
async function againstServers(context: Context, corpus: Corpus): Promise<void> {
  const { args, driver, uri, log } = context;
  const servers: ChildServer[] = [];
  try {
    const webRoot = args.parts.includes('ui')
      ? await buildWeb().catch((error: unknown) => {
          context.results.push(uiFailure(context, error));
          return undefined;
        })
      : undefined;
    const ours = await startChildServer({ entry: 'serve-ours', neo4jUri: uri, webRoot });
    servers.push(ours);
    const peer = await startChildServer({ entry: 'serve-peer', neo4jUri: uri });
    servers.push(peer);
    const edges = corpus.counts.signed + corpus.counts.partyTo;
    if (args.parts.includes('api')) {
      log(`API at ${edges} edges: ours ${ours.url}, peer ${peer.url}`);
      context.results.push(
        ...(await apiBench({
          driver,
          oursUrl: ours.url,
          peerUrl: peer.url,
          questions: apiQuestions(chooseProbes(corpus)),
          suffix: `@${edges}`,
          onFailure: (message) => log(`API question failed: ${message}\n${ours.stderrTail()}`),
          ...(args.quick
            ? { warmup: 1, windowMs: 500, minRounds: 5, maxMs: 2_000, throughputSeconds: 1 }
            : { warmup: 10, windowMs: 5_000, minRounds: 30, maxMs: 30_000, throughputSeconds: 5 }),
        })),
      );
    }
    if (args.parts.includes('memory')) {
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
    if (webRoot) {
      log('UI: app and bare Cytoscape page in headless Chromium');
      context.results.push(...(await uiResults(context, `${ours.url}/`)));
    }
  } finally {
    for (const server of servers) await server.stop();
  }
}

/**
 * The whole benchmark: a throwaway Neo4j (or `args.neo4jUri`, which is emptied), import at
 * every size, then API, peer, UI and memory at the largest size with that corpus loaded.
 */
export async function runBench(
  args: BenchArgs,
  log: (line: string) => void = () => undefined,
): Promise<BenchRun> {
  const work = await mkdtemp(join(tmpdir(), 'treatygraph-bench-'));
  const local = args.neo4jUri
    ? undefined
    : await startNeo4j({
        dir: join(work, 'neo4j'),
        heap: '1g',
        pageCache: '512m',
        onProgress: log,
      });
  const uri = args.neo4jUri ?? local?.uri ?? '';
  const driver = neo4j.driver(uri);
  const context: Context = { args, driver, uri, work, log, results: [] };
  try {
    const machine = await describeMachine(driver);
    const corpus = await loadCorpora(context);
    if (corpus && args.parts.some((part) => part !== 'import')) {
      await againstServers(context, corpus);
    }
    return { machine, results: context.results };
  } finally {
    await driver.close();
    await local?.stop();
    await rm(work, { recursive: true, force: true });
  }
}
