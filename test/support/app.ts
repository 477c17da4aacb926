import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import neo4j from 'neo4j-driver';
import { importCorpus } from '@treatygraph/import';
import { createYoga, startServer } from '@treatygraph/server';
import type { CreateYogaOptions } from '@treatygraph/server';
import { createImporter } from '../../scripts/import-port';

const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

export type RunningApp = { url: string; close(): Promise<void> };

/** What a test may set as configuration would: the import token, CORS origins, body limit. */
export type AppOptions = Pick<CreateYogaOptions, 'importToken' | 'corsOrigins' | 'maxBodyBytes'>;

/**
 * The app as `npm start` runs it (corpus imported, API and built UI on one origin, the
 * importer wired in), on the test run's Neo4j and a free port.
 */
export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  const driver = neo4j.driver(inject('neo4jUri'));
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await importCorpus(driver, {});
  const yoga = createYoga({ driver, webRoot, importer: createImporter(driver), ...options });
  const server = await startServer({ yoga, port: 0, host: '127.0.0.1' });
  return {
    url: server.url,
    async close() {
      await server.close();
      await driver.close();
    },
  };
}
