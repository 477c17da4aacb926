import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dumpGraph } from './db/export-graph';
import { withDatabase } from './db/local-database';
import { DEFAULT_DEV_DIR } from './neo4j/paths';

const USAGE = `usage: npm run db:dump -- [--to FILE] [--dir DIR]

Writes the whole graph (nodes, relationships, properties, constraints and indexes) to a JSON
dump that \`npm run db:load\` restores exactly. Reads one consistent snapshot, so the app may
keep serving, and streams it to disk. The database is NEO4J_URI's when set, else the local one
in DIR (default .data/neo4j), started for the dump if it is not running.

  --to FILE   where to write (default .data/backups/treatygraph-<UTC timestamp>.json)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      to: { type: 'string' },
      dir: { type: 'string', default: DEFAULT_DEV_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return (console.log(USAGE), 0);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = resolve(values.to ?? `.data/backups/treatygraph-${stamp}.json`);
  const log = (message: string) => console.error(`[db:dump] ${message}`);
  const summary = await withDatabase({
    env: process.env,
    dir: resolve(values.dir),
    log,
    fn: async ({ driver, database, describe }) => {
      log(`reading ${describe}`);
      return dumpGraph(driver, file, { database });
    },
  });
  console.log(
    `${file}: ${summary.nodes} nodes, ${summary.relationships} relationships, ` +
      `${summary.schema} constraints and indexes`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`db:dump failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
