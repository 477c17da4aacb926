import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCorpus } from '@treatygraph/import';
import { graphChecksum } from '@treatygraph/import/graph-checksum';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { runScript } from '../support/run-script';

// `npm run db:dump` / `npm run db:load` end to end, against the test run's Neo4j.
describe('db:dump and db:load', () => {
  let driver: Driver;
  let dir: string;
  const env = () => ({ NEO4J_URI: inject('neo4jUri') });

  beforeAll(async () => {
    driver = neo4j.driver(inject('neo4jUri'));
    dir = await mkdtemp(join(tmpdir(), 'harden-dump-'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips the corpus graph exactly, schema included, over a different graph', async () => {
    await importCorpus(driver);
    // Values the corpus does not hold but a graph may: every kind a dump must keep apart.
    await driver.executeQuery(
      'CREATE (:Probe:Extra {i: 1, f: 1.0, big: 9007199254740993, nan: 0.0/0.0, ' +
        "neg: -1.0/0.0, list: [1, 2], words: ['a', '`b'], on: date('1999-12-31'), t: true})" +
        '-[:`ODD ``TYPE`` `{w: 0.5}]->(:Probe {i: 2})',
    );
    const before = await graphChecksum(driver);
    const file = join(dir, 'graph.json');
    const dumped = await runScript({
      script: 'scripts/db-dump.ts',
      args: ['--to', file],
      env: env(),
    });
    expect(dumped, dumped.stderr).toMatchObject({ code: 0 });
    expect(dumped.stdout).toMatch(/\d+ nodes, \d+ relationships/);

    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.executeQuery("CREATE (:State {code: 'ZZZ', name: 'Elsewhere'})");
    await driver.executeQuery('DROP INDEX entity_names_fulltext');
    expect(await graphChecksum(driver)).not.toBe(before);

    const replaced = await graphChecksum(driver);
    const loaded = await runScript({
      script: 'scripts/db-load.ts',
      args: [file, '--replace'],
      env: env(),
    });
    expect(loaded, loaded.stderr).toMatchObject({ code: 0 });
    expect(loaded.stdout).toMatch(/1 constraints and indexes created/);
    expect(await graphChecksum(driver)).toBe(before);
    // The graph it replaced was dumped beside the file first, and loads back to what it was.
    const backups = (await readdir(dir)).filter((name) => name.startsWith('graph.before-load-'));
    expect(backups).toHaveLength(1);
    const back = await runScript({
      script: 'scripts/db-load.ts',
      args: [join(dir, backups[0] ?? ''), '--replace'],
      env: env(),
    });
    expect(back, back.stderr).toMatchObject({ code: 0 });
    expect(await graphChecksum(driver)).toBe(replaced);
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name = 'entity_names_fulltext' RETURN count(*) AS n",
    );
    expect(neo4j.integer.toNumber(records[0]?.get('n'))).toBe(1);
    // Four script runs, each a process with its own TypeScript loader.
  }, 180_000);

  it('refuses a damaged dump, naming the field, and leaves the graph as it was', async () => {
    const before = await graphChecksum(driver);
    const file = join(dir, 'damaged.json');
    const good = JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8')) as {
      relationships: { to: number }[];
    };
    const last = good.relationships.length - 1;
    good.relationships[last] = { ...good.relationships[last], to: 10 ** 9 } as { to: number };
    await writeFile(file, JSON.stringify(good));
    const loaded = await runScript({ script: 'scripts/db-load.ts', args: [file], env: env() });
    expect(loaded.code).toBe(1);
    expect(loaded.stderr).toContain(`relationships[${last}].to`);
    await writeFile(file, '{"format":"treatygraph-dump/1","schema":[],"nodes":[');
    const truncated = await runScript({ script: 'scripts/db-load.ts', args: [file], env: env() });
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain('damaged.json');
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('refuses a graph that holds anything without --replace, and changes nothing', async () => {
    const before = await graphChecksum(driver);
    await driver.executeQuery('DROP INDEX entity_names_fulltext');
    const files = await readdir(dir);
    const loaded = await runScript({
      script: 'scripts/db-load.ts',
      args: [join(dir, 'graph.json')],
      env: env(),
    });
    expect(loaded.code).toBe(3);
    expect(loaded.stderr).toMatch(/holds \d+ nodes: nothing was changed.*--replace/);
    expect(await graphChecksum(driver)).toBe(before);
    expect(await readdir(dir)).toEqual(files);
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name = 'entity_names_fulltext' RETURN count(*) AS n",
    );
    expect(neo4j.integer.toNumber(records[0]?.get('n'))).toBe(0);
  });

  it('leaves the old graph as it was when a --replace load fails', async () => {
    const before = await graphChecksum(driver);
    const good = JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8')) as {
      nodes: { labels: string[]; properties: Record<string, unknown> }[];
      relationships: { properties: Record<string, unknown> }[];
    };
    // Neo4j refuses a list of mixed types as a property: the last relationship fails after every
    // node and most relationships are staged.
    const mixed = structuredClone(good);
    const last = mixed.relationships.length - 1;
    mixed.relationships[last] = {
      ...mixed.relationships[last],
      properties: { mixed: [1, 'a'] },
    };
    // Two states with one code break a uniqueness constraint: refused before anything is staged.
    const duplicate = structuredClone(good);
    const state = duplicate.nodes.find((n) => n.labels.includes('State'));
    if (state) duplicate.nodes.push(structuredClone(state));
    for (const [name, dump, message] of [
      ['mixed.json', mixed, /removing what was staged/],
      ['duplicate.json', duplicate, /repeats nodes\[\d+\]'s State code/],
    ] as const) {
      await writeFile(join(dir, name), JSON.stringify(dump));
      const loaded = await runScript({
        script: 'scripts/db-load.ts',
        args: [join(dir, name), '--replace'],
        env: env(),
      });
      expect(loaded.code, loaded.stderr).toBe(1);
      expect(loaded.stderr).toMatch(message);
      expect(await graphChecksum(driver)).toBe(before);
    }
  });
});
