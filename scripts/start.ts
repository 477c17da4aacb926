import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySchema, loadDataFolder, seedCorpus } from '@treatygraph/import';
import type { SourceLoad } from '@treatygraph/import';
import { createDriver, createYoga, loadConfig, startServer } from '@treatygraph/server';
import { createImporter } from './import-port';
import { startNeo4j } from './neo4j';
import type { LocalNeo4j } from './neo4j';

// `npm start`: the whole stack in one process tree. With NEO4J_URI unset it provisions and runs
// a local Neo4j whose data lives in .data/neo4j, so a second start reuses it.
const repo = fileURLToPath(new URL('..', import.meta.url));
const log = (message: string) => console.log(`[treatygraph] ${message}`);

// The real datasets, beside the checkout as in development and CI; `none` leaves them out.
const dataFolder = (env: NodeJS.ProcessEnv) => {
  const value = env.TREATYGRAPH_DATA ?? '../shared/data';
  return value === 'none' ? undefined : resolve(repo, value);
};

const describeLoad = (load: SourceLoad) => {
  const seconds = `${((load.durationMs ?? 0) / 1000).toFixed(1)} s`;
  if (load.state === 'failed') return `${load.name}: failed after ${seconds}: ${load.message}`;
  const counts = Object.entries(load.counts ?? {})
    .map(([what, count]) => `${count} ${what}`)
    .join(', ');
  return `${load.name}: ${load.unchanged ? 'unchanged, skipped' : 'imported'} (${counts}) in ${seconds}`;
};

async function main() {
  let local: LocalNeo4j | undefined;
  const stops: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    for (const fn of stops.reverse()) await fn().catch((e: unknown) => console.error(e));
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    if (!process.env.NEO4J_URI) {
      log('NEO4J_URI is not set: starting the embedded local Neo4j (data in .data/neo4j)');
      local = await startNeo4j({ dir: `${repo}.data/neo4j`, onLog: log });
      stops.push(() => (local ? local.stop() : Promise.resolve()));
      process.env.NEO4J_URI = local.uri;
    }
    const config = loadConfig(process.env);
    log(`Neo4j at ${config.neo4j.uri}`);
    const driver = createDriver(config.neo4j);
    stops.push(() => driver.close());

    if (config.readOnly) {
      log('READ_ONLY=on: no schema or corpus writes, importDocuments off');
    } else {
      await applySchema(driver, { database: config.neo4j.database });
      log('constraints and indexes are online');
      const seed = await seedCorpus(driver, { database: config.neo4j.database });
      log(
        seed.seeded
          ? `bundled corpus v${seed.version} added where missing (graph had ${seed.held === null ? 'none' : `v${seed.held}`}): ${JSON.stringify(seed)}`
          : `graph holds bundled corpus v${seed.held}: nothing imported`,
      );
    }

    let sources: SourceLoad[] = [];
    const yoga = createYoga({
      driver,
      database: config.neo4j.database,
      webRoot: `${repo}web/dist`,
      importer: config.readOnly ? undefined : createImporter(driver, config.neo4j.database),
      importToken: config.importToken,
      corsOrigins: config.corsOrigins,
      maxBodyBytes: config.maxBodyBytes,
      introspection: config.introspection,
      heavy: { ...config.heavy, neo4j: config.neo4j },
      graphiql: config.graphiql,
      sourceLoads: () => sources,
    });
    const server = await startServer({ yoga, port: config.port, host: config.host });
    stops.push(async () => {
      await server.close();
      await yoga.dispose();
    });
    log(`explorer: ${server.url}/`);
    log(`${config.graphiql ? 'GraphiQL' : 'GraphQL API (GraphiQL off)'}: ${server.url}/graphql`);
    log(
      config.importToken && !config.readOnly
        ? 'importDocuments: enabled (Authorization: Bearer <IMPORT_TOKEN>)'
        : 'importDocuments: disabled (set IMPORT_TOKEN, without READ_ONLY=on, to enable writes)',
    );
    log('press Ctrl-C to stop');

    // After listening, so the explorer is usable at once with the corpus and fills as each
    // source commits.
    const data = config.readOnly ? undefined : dataFolder(process.env);
    if (data) {
      log(`loading the data sources of ${data} in the background (TREATYGRAPH_DATA=none: off)`);
      void loadDataFolder(driver, data, {
        database: config.neo4j.database,
        onProgress: log,
        onChange: (next) => {
          for (const load of next) {
            const before = sources.find((s) => s.name === load.name);
            if (before?.state !== load.state && ['loaded', 'failed'].includes(load.state)) {
              log(describeLoad(load));
            }
          }
          sources = next;
        },
      }).catch((error: unknown) => log(`loading the data sources failed: ${String(error)}`));
    }
  } catch (error) {
    console.error(`[treatygraph] start failed: ${error instanceof Error ? error.message : error}`);
    await stop(1);
  }
}

void main();
