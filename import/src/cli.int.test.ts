import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphChecksum } from './testing/graph-checksum';
import { column, testDriver, wipe } from './testing/neo4j';
import { reportedStatement } from './testing/statement-documents';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const HTML = fileURLToPath(new URL('../fixtures/status/untc-rome-statute.html', import.meta.url));
const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'treatygraph-cli-int-'));
const TITLE = "Human Trafficking is Organized Crime. It's Time to End Exploitation";
const RETOLD = "Human trafficking is organised crime: it's time to end exploitation";
const STATES = ['BLR', 'BHR', 'BGD', 'BOL', 'EGY', 'ERI', 'IND', 'KAZ', 'KGZ', 'LAO', 'RUS'];

function file(name: string, document: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(document, null, 2));
  return path;
}

const belta = file(
  'belta.json',
  reportedStatement({ agency: 'BelTA', title: TITLE, states: STATES }),
);
const tass = file(
  'tass.json',
  reportedStatement({ agency: 'TASS', title: RETOLD, states: STATES.slice(2) }),
);

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SUMMARY =
  /^created (\d+) nodes? and (\d+) relationships?, updated (\d+) nodes? and (\d+) relationships?, unchanged (\d+) nodes? and (\d+) relationships?, in \d+\.\d s$/m;

beforeAll(async () => {
  await wipe(driver);
});

afterAll(async () => {
  await wipe(driver);
  await driver.close();
});

describe('npm run import (a child process against Neo4j)', () => {
  it('imports every file in one run, telling progress and ending with a summary', () => {
    const { code, stdout, stderr } = run([belta, HTML]);
    expect(stderr).toContain(`[import] wrote ${HTML} (2/2)`);
    expect(code).toBe(0);
    const [, createdNodes, createdRelationships, updatedNodes] = SUMMARY.exec(stdout) ?? [];
    // 20 facts and the status page's COVERS, which declares its table complete.
    expect([createdNodes, createdRelationships, updatedNodes]).toEqual(['22', '21', '0']);
  });

  it('changes nothing the second time', async () => {
    const before = await graphChecksum(driver);
    const { code, stdout } = run([belta, HTML]);
    expect(code).toBe(0);
    expect(SUMMARY.exec(stdout)?.slice(1, 5)).toEqual(['0', '0', '0', '0']);
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('reviews a near-duplicate against the database in a dry run, writing nothing', async () => {
    const before = await graphChecksum(driver);
    const { code, stdout } = run(['--dry-run', tass]);
    expect(code).toBe(0);
    expect(stdout).toContain('Compared with the database.');
    expect(stdout).toContain(`  ${tass}: "${RETOLD}" into 2025-07-30-`);
    expect(stdout).toContain('from the database; title similarity 1)');
    expect(stdout).toMatch(
      /^Would create: 1 node \(1 Source\), 1 relationship \(1 REPORTED_IN\)$/m,
    );
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('exits 1 and writes nothing when the database refuses a write', async () => {
    const other = file(
      'other.json',
      reportedStatement({
        agency: 'Xinhua',
        title: 'Another',
        states: ['CHN'],
        adoptedOn: '2024-01-01',
      }),
    );
    await driver.executeQuery(
      'CREATE CONSTRAINT test_source IF NOT EXISTS FOR (s:Source) REQUIRE s.publisher IS UNIQUE',
    );
    try {
      const before = await graphChecksum(driver);
      const twice = file(
        'twice.json',
        reportedStatement({
          agency: 'BelTA',
          title: 'Another',
          states: ['CHN'],
          adoptedOn: '2024-02-02',
        }),
      );
      const { code, stderr } = run([other, twice]);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^error: the database refused the import; nothing was written: .*already exists/m,
      );
      expect(await graphChecksum(driver)).toBe(before);
    } finally {
      await driver.executeQuery('DROP CONSTRAINT test_source IF EXISTS');
    }
  });

  it('writes the near-duplicate as a second source of the same declaration', async () => {
    const { code, stdout } = run([tass]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^merged: .*tass\.json: ".*" into 2025-07-30-/m);
    expect(
      await column(
        driver,
        'MATCH (d:Declaration)-[:REPORTED_IN]->(s) RETURN toString(count(DISTINCT d)) + ":" + toString(count(s))',
      ),
    ).toEqual(['1:2']);
  });
});
