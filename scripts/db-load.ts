import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dumpGraph } from './db/export-graph';
import { withDatabase } from './db/local-database';
import { checkDump, countNodes, restoreGraph } from './db/restore-graph';
import { DEFAULT_DEV_DIR } from './neo4j/paths';

const USAGE = `usage: npm run db:load -- FILE [--replace] [--dir DIR]

Loads FILE, a dump written by \`npm run db:dump\`, into an empty graph. A graph that holds
anything is only replaced with --replace, which first dumps it beside FILE
(FILE-without-.json.before-load-<UTC timestamp>.json). The load stages every node and
relationship in batches and verifies them before the old graph is deleted, so a failed load
leaves the old graph as it was. The database is NEO4J_URI's when set, else the local one in DIR
(default .data/neo4j), started for the load if it is not running.`;

/** Thrown when the target holds a graph and --replace was not given: nothing was changed. */
class RefusedError extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      replace: { type: 'boolean', default: false },
      dir: { type: 'string', default: DEFAULT_DEV_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return (console.log(USAGE), 0);
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) return (console.error(USAGE), 2);
  const text = await readFile(resolve(file), 'utf8');
  let dump;
  try {
    dump = checkDump(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const log = (message: string) => console.error(`[db:load] ${message}`);
  const summary = await withDatabase({
    env: process.env,
    dir: resolve(values.dir),
    log,
    fn: async ({ driver, database, describe }) => {
      const held = await countNodes(driver, { database });
      if (held > 0) {
        if (!values.replace) {
          throw new RefusedError(
            `${describe} holds ${held} nodes: nothing was changed. db:load fills an empty graph; ` +
              'add --replace to replace this one (it is dumped beside FILE first).',
          );
        }
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const backup = join(
          dirname(resolve(file)),
          `${basename(file, '.json')}.before-load-${stamp}.json`,
        );
        log(`dumping the graph of ${describe} to ${backup} before replacing it`);
        await dumpGraph(driver, backup, { database });
      }
      log(`loading into ${describe}`);
      return restoreGraph(driver, dump, { database, onProgress: log });
    },
  });
  console.log(
    `${file}: loaded ${summary.nodes} nodes, ${summary.relationships} relationships ` +
      `(${summary.schemaCreated} constraints and indexes created)`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`db:load failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof RefusedError ? 3 : 1;
  },
);
