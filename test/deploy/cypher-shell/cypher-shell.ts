import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';

// The part of cypher-shell a healthcheck uses, with its option names, environment fallbacks and
// defaults: connect, run one statement, exit 0 when it ran and 1 when it did not.
async function main(): Promise<number> {
  const env = process.env;
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      address: {
        type: 'string',
        short: 'a',
        default: env.NEO4J_ADDRESS ?? 'neo4j://localhost:7687',
      },
      username: { type: 'string', short: 'u', default: env.NEO4J_USERNAME ?? '' },
      password: { type: 'string', short: 'p', default: env.NEO4J_PASSWORD ?? '' },
      database: { type: 'string', short: 'd', default: env.NEO4J_DATABASE },
    },
  });
  const [statement, ...rest] = positionals;
  if (statement === undefined || rest.length > 0) throw new Error('expected one statement');
  const driver = neo4j.driver(values.address, neo4j.auth.basic(values.username, values.password));
  try {
    await driver.executeQuery(statement, {}, { database: values.database });
    return 0;
  } finally {
    await driver.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
