import { applySchema, writeDocument } from '@treatygraph/import';
import { graphChecksum } from '@treatygraph/import/graph-checksum';
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeDocument } from '../support/large-document';
import { startOwnNeo4j } from '../support/own-neo4j';
import type { OwnNeo4j } from '../support/own-neo4j';

/** Resolves once Neo4j shows a running write of the import (a MERGE), so the kill lands mid-way. */
async function importRunning(driver: Driver): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'MERGE' RETURN count(*) AS n",
    );
    if (neo4j.integer.toNumber(records[0]?.get('n')) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the import never showed a running transaction');
}

describe('Neo4j killed with SIGKILL in the middle of a large import', () => {
  let server: OwnNeo4j;
  let driver: Driver;
  const document = largeDocument(400);

  beforeAll(async () => {
    server = await startOwnNeo4j();
    // The driver's default retries a lost connection for 30 s; the test wants the failure now.
    driver = neo4j.driver(server.uri, undefined, { maxTransactionRetryTime: 1_000 });
    await applySchema(driver);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.dispose();
  });

  it('fails clearly, loses nothing committed, and a rerun equals a clean import', async () => {
    const before = await graphChecksum(driver);
    const running = writeDocument(driver, document).then(
      () => undefined,
      (error: unknown) => error,
    );
    await importRunning(driver);
    process.kill(server.current().pid, 'SIGKILL');
    const killedAt = performance.now();
    const error = await running;
    const failedAfter = Math.round(performance.now() - killedAt);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toMatch(/ServiceUnavailable|SessionExpired/);

    await server.restart();
    // The killed transaction never committed: recovery brings back the graph as it was.
    expect(await graphChecksum(driver)).toBe(before);
    const rerun = await writeDocument(driver, document);
    expect(rerun.relationships.SIGNED).toBe(4_800);
    const afterRerun = await graphChecksum(driver);

    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await writeDocument(driver, document);
    expect(await graphChecksum(driver)).toBe(afterRerun);
    console.info(
      `[reliability] SIGKILL mid-import: ${(error as Neo4jError).code} after ${failedAfter} ms; ` +
        `rerun checksum ` +
        `${afterRerun.slice(0, 12)} = clean import`,
    );
  }, 180_000);
});
