import { importCorpus, importFiles, isImportError } from '@treatygraph/import';
import { graphChecksum } from '@treatygraph/import/graph-checksum';
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { fuzzedDocument } from './fuzz/document-mutations';
import { fuzzedInput } from './fuzz/input-mutations';

// Against the real database: a failed import leaves every node, relationship and property as
// it was. A few hundred cases keep the suite near a minute.
const RUNS = Number(process.env.FUZZ_DB_RUNS ?? 60);
const OPTIONS = { dryRun: false, instrument: 'untoc', asOf: '2014-01-27' };

describe('importFiles against Neo4j under fuzzed input', () => {
  let driver: Driver;
  const tally = { failed: 0, written: 0 };

  beforeAll(async () => {
    driver = neo4j.driver(inject('neo4jUri'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await importCorpus(driver);
  });
  afterAll(async () => {
    console.info(
      `[reliability] ${RUNS} DB-backed fuzz imports: ${tally.failed} refused, ${tally.written} written`,
    );
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.close();
  });

  it(`changes nothing when an import fails (${RUNS} runs)`, async () => {
    // Documents and CSV tables: the text readers' speed is the unit suite's concern, and a
    // slow synchronous extraction here would stall the whole serial int run.
    const input = fc.oneof(
      fuzzedInput.filter(({ name }) => /\.(csv|ya?ml|json)$/.test(name)),
      fuzzedDocument.map(({ file, text, recipe }) => ({ name: file, content: text, recipe })),
    );
    await fc.assert(
      fc.asyncProperty(input, async ({ name, content, recipe }) => {
        const before = await graphChecksum(driver);
        try {
          await importFiles(driver, [{ name, content }], OPTIONS);
          tally.written += 1;
        } catch (error) {
          expect(isImportError(error), `${String(error)}: ${recipe}`).toBe(true);
          tally.failed += 1;
          expect(await graphChecksum(driver), recipe).toBe(before);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(tally.failed).toBeGreaterThan(0);
  }, 240_000);
});
