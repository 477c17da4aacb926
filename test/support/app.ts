import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import neo4j from 'neo4j-driver';
import { importCorpus } from '@treatygraph/import';
import { createYoga, startServer } from '@treatygraph/server';

const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

export type RunningApp = { url: string; close(): Promise<void> };

/**
 * The app as `npm start` runs it (corpus imported, API and built UI on one origin), on the
 * test run's Neo4j and a free port.
 */
export async function startApp(): Promise<RunningApp> {
  const driver = neo4j.driver(inject('neo4jUri'));
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await importCorpus(driver, {});
  const yoga = createYoga({ driver, webRoot });
  const server = await startServer({ yoga, port: 0, host: '127.0.0.1' });
  return {
    url: server.url,
    async close() {
      await server.close();
      await driver.close();
    },
  };
}
