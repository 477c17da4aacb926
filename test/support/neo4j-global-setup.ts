import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '../../scripts/neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the Neo4j shared by the whole test run (authentication disabled). */
    neo4jUri: string;
  }
}

/**
 * One throwaway Neo4j for the whole `int`/`browser` run, in a fresh temp folder, or the server
 * named by TEST_NEO4J_URI (e.g. a Docker one in CI). Tests read it with `inject('neo4jUri')`;
 * NEO4J_URI is set too, for code that reads its config from the environment.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_NEO4J_URI;
  if (external) {
    provide(project, external);
    return undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'treatygraph-test-neo4j-'));
  // Neo4j's own console lines stay in <dir>/logs/console.log; only runner status is printed.
  const neo4j = await startNeo4j({ dir }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  provide(project, neo4j.uri);
  return async () => {
    await neo4j.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

function provide(project: TestProject, uri: string): void {
  project.provide('neo4jUri', uri);
  // Workers start after global setup and inherit this environment.
  process.env.NEO4J_URI = uri;
}
