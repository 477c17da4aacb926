import { createDriver, createYoga, loadConfig, startServer } from '@treatygraph/server';
import { announce, neo4jUriFromEnv } from './announce';

// The project's API as `npm start` serves it, alone in this process so its RSS can be read and
// its event loop is not shared with the load generator. BENCH_WEB_ROOT serves the built UI too.
const config = loadConfig({ ...process.env, NEO4J_URI: neo4jUriFromEnv() });
const driver = createDriver(config.neo4j);
const yoga = createYoga({
  driver,
  webRoot: process.env.BENCH_WEB_ROOT || undefined,
  heavy: { ...config.heavy, neo4j: config.neo4j },
});
const server = await startServer({ yoga, port: 0, host: '127.0.0.1' });
announce(server.url);
