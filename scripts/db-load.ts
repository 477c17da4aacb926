import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withDatabase } from './db/local-database';
import { checkDump, restoreGraph } from './db/restore-graph';
import { DEFAULT_DEV_DIR } from './neo4j/paths';

const USAGE = `usage: npm run db:load -- FILE [--dir DIR]

Replaces the whole graph with the one in FILE, a dump written by \`npm run db:dump\`: missing
constraints and indexes are created, then every node and relationship is replaced in one
transaction (a failed load changes nothing). The database is NEO4J_URI's when set, else the
local one in DIR (default .data/neo4j), started for the load if it is not running.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
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
      log(`replacing the graph of ${describe}`);
      return restoreGraph(driver, dump, { database });
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
    process.exitCode = 1;
  },
);
