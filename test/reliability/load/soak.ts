import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importCorpus } from '@treatygraph/import';
import neo4j from 'neo4j-driver';
import { startNeo4j } from '../../../scripts/neo4j';
import { startServerProcess } from '../support/server-process';
import { runSoak } from './soak-run';

// `npm run soak`: the manual soak of test/RELIABILITY.md. A throwaway Neo4j (or the one
// TEST_NEO4J_URI names, whose graph is replaced by the corpus), the API as `npm run
// start:server` runs it, then 64 connections of analyst queries for two minutes.
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    connections: { type: 'string', default: '64' },
  },
});
const log = (message: string) => console.error(`[soak] ${message}`);

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'treatygraph-soak-'));
  const local = process.env.TEST_NEO4J_URI ? undefined : await startNeo4j({ dir, onProgress: log });
  const uri = process.env.TEST_NEO4J_URI ?? local?.uri ?? '';
  try {
    const driver = neo4j.driver(uri);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await importCorpus(driver);
    await driver.close();
    const server = await startServerProcess({ NEO4J_URI: uri });
    log(`serving ${server.url}; ${values.connections} connections for ${values.seconds} s`);
    try {
      const report = await runSoak({
        url: server.url,
        seconds: Number(values.seconds),
        connections: Number(values.connections),
        rssMb: () => server.rssMb(),
      });
      console.log(JSON.stringify(report, null, 2));
      return report.errors === 0 ? 0 : 1;
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  } finally {
    await local?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
