import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j } from '../../../scripts/neo4j';
import type { LocalNeo4j } from '../../../scripts/neo4j';

/**
 * A Neo4j of the test's own, in a temp folder, so that stopping or killing it disturbs no other
 * test. `restart` brings it back on the same data and the same port, as an operator would.
 */
export type OwnNeo4j = {
  uri: string;
  current(): LocalNeo4j;
  restart(): Promise<void>;
  /** Stops the server and removes its folder. */
  dispose(): Promise<void>;
};

export async function startOwnNeo4j(): Promise<OwnNeo4j> {
  const dir = await mkdtemp(join(tmpdir(), 'harden-neo4j-'));
  const quiet = () => undefined;
  let instance = await startNeo4j({ dir, onProgress: quiet });
  const port = Number(new URL(instance.uri).port);
  return {
    uri: instance.uri,
    current: () => instance,
    async restart() {
      await instance.stop();
      instance = await startNeo4j({ dir, port, onProgress: quiet });
    },
    async dispose() {
      await instance.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
