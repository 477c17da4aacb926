import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runImportCli } from '@treatygraph/import';
import { startNeo4j } from './neo4j';
import { isInstanceProcess } from './neo4j/instance-process';
import { DEFAULT_DEV_DIR } from './neo4j/paths';

// `npm run import`: the importer's command line, with the local Neo4j of `npm start` (data in
// .data/neo4j) when NEO4J_URI is not set. One already serving that folder is used, not restarted.
const dir = DEFAULT_DEV_DIR;

async function running(): Promise<string | undefined> {
  const pid = Number(
    (await readFile(join(dir, 'run', 'local-neo4j.pid'), 'utf8').catch(() => '')).trim(),
  );
  if (!Number.isInteger(pid) || pid <= 0 || !(await isInstanceProcess({ pid, dir })))
    return undefined;
  const conf = await readFile(join(dir, 'conf', 'neo4j.conf'), 'utf8').catch(() => '');
  const port = /^server\.bolt\.listen_address=[^:\n]*:(\d+)$/m.exec(conf)?.[1];
  return port ? `bolt://127.0.0.1:${port}` : undefined;
}

process.exitCode = await runImportCli(process.argv.slice(2), {
  localNeo4j: {
    running,
    start: async () => {
      const local = await startNeo4j({ dir });
      return { uri: local.uri, stop: () => local.stop() };
    },
  },
});
