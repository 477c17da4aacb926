import { loadConfig } from './config';
import { createDriver } from './db/driver';
import { isAppError } from './errors';
import { startServer } from './http-server';
import { createConsoleLogger } from './logger';
import { createYoga } from './yoga';

// `npm run start:server`: the API alone, against the Neo4j named by NEO4J_URI.
// (`npm start` also provisions a local Neo4j, imports the corpus and serves the web app.)
const logger = createConsoleLogger();

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const driver = createDriver(config.neo4j);
  // The API alone has no importer (it would import @treatygraph/import): writes are off here.
  const yoga = createYoga({
    driver,
    database: config.neo4j.database,
    logger,
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.maxBodyBytes,
    introspection: config.introspection,
    heavy: { ...config.heavy, neo4j: config.neo4j },
    graphiql: config.graphiql,
  });
  const server = await startServer({ yoga, port: config.port, host: config.host });
  const api = config.graphiql ? 'GraphQL API and GraphiQL' : 'GraphQL API';
  logger.info(`${api} at ${server.url}/graphql (Neo4j: ${config.neo4j.uri})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests`);
    await server.close();
    await yoga.dispose();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.error(isAppError(error) ? error.message : error);
  process.exit(1);
});
