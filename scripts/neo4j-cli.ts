import { parseArgs } from 'node:util';
import { provisionNeo4j, startNeo4j } from './neo4j';
import { DEFAULT_DEV_DIR } from './neo4j/paths';

const usage = `Usage:
  tsx scripts/neo4j-cli.ts provision [--version V]
      download the Neo4j jars into .cache/neo4j (once per version)
  tsx scripts/neo4j-cli.ts start [--dir DIR] [--port N] [--version V] [--heap 768m] [--page-cache 128m] [--quiet]
      run Neo4j in the foreground until Ctrl-C (default DIR: .data/neo4j)`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      port: { type: 'string' },
      version: { type: 'string' },
      heap: { type: 'string' },
      'page-cache': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || positionals.length !== 1) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'provision') {
    const { libDir, version } = await provisionNeo4j({ version: values.version });
    console.log(`Neo4j ${version} jars: ${libDir}`);
    return 0;
  }
  if (command !== 'start') {
    console.error(`unknown command "${command}"\n${usage}`);
    return 2;
  }

  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`--port must be a port number, got "${values.port}"`);
  }
  const neo4j = await startNeo4j({
    dir: values.dir ?? DEFAULT_DEV_DIR,
    port,
    version: values.version,
    heap: values.heap,
    pageCache: values['page-cache'],
    onLog: values.quiet ? undefined : (line) => console.error(line),
  });
  // The URI alone on stdout, so that `NEO4J_URI=$(… start | head -1)` style use works.
  console.log(neo4j.uri);
  console.error(`data: ${neo4j.dir}/data, log: ${neo4j.logFile}; Ctrl-C stops it`);

  const signal = await Promise.race([
    new Promise<string>((done) => process.once('SIGINT', () => done('SIGINT'))),
    new Promise<string>((done) => process.once('SIGTERM', () => done('SIGTERM'))),
    neo4j.exited.then(({ code }) => `exit ${code}`),
  ]);
  if (signal.startsWith('exit')) {
    console.error(`Neo4j stopped on its own (${signal}); see ${neo4j.logFile}`);
    return 1;
  }
  console.error('stopping Neo4j…');
  await neo4j.stop();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
