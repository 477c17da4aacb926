import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ggoSlice, untcSlice } from '../testing/dataset-slices';
import { graphChecksum } from '../testing/graph-checksum';
import { column, testDriver, wipe } from '../testing/neo4j';
import { folderHash } from './folder-hash';
import { loadDataFolder } from './load-data-folder';
import type { SourceLoad } from './load-data-folder';

const VOTES = fileURLToPath(new URL('../../../../shared/data/unga-votes-voeten/', import.meta.url));

/** The vote folder with the votes of its first two roll calls only (3 and 4). */
function votesSlice(into: string) {
  mkdirSync(into);
  for (const file of ['roll_calls.csv', 'roll_call_issues.csv']) {
    cpSync(join(VOTES, file), join(into, file));
  }
  const [header, ...rows] = readFileSync(join(VOTES, 'votes.csv'), 'utf8').split('\n');
  const kept = rows.filter((row) => row.startsWith('3,') || row.startsWith('4,'));
  writeFileSync(join(into, 'votes.csv'), `${[header, ...kept].join('\n')}\n`);
}

const STORED = 'MATCH (f:DataFolder) RETURN f.name + " " + f.hash ORDER BY f.name';

describe('loading the data folder', () => {
  let driver: Driver;
  let root: string;
  let ggoInstruments = 0;
  const summary = (loads: SourceLoad[]) =>
    loads.map((l) => `${l.name} ${l.state}${l.unchanged ? ' unchanged' : ''}`);
  const stored = (...names: string[]) =>
    names.map((name) => `${name} ${folderHash(join(root, name))}`);

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
    root = mkdtempSync(join(tmpdir(), 'treatygraph-data-'));
    cpSync(untcSlice(['4-11']), join(root, 'untc-mtdsg-2015'), { recursive: true });
    cpSync(ggoSlice(['UNCLOS_1982A']), join(root, 'manytreaties-ggo'), { recursive: true });
    votesSlice(join(root, 'unga-votes-voeten'));
    mkdirSync(join(root, 'notes'));
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('imports every dataset folder, treaties first, and stores each hash', async () => {
    const changes: string[][] = [];
    const progress: string[] = [];
    const loads = await loadDataFolder(driver, root, {
      onChange: (sources) => changes.push(summary(sources)),
      onProgress: (message) => progress.push(message),
    });
    expect(summary(loads)).toEqual([
      'manytreaties-ggo loaded',
      'untc-mtdsg-2015 loaded',
      'unga-votes-voeten loaded',
    ]);
    expect(changes[0]).toEqual([
      'manytreaties-ggo pending',
      'untc-mtdsg-2015 pending',
      'unga-votes-voeten pending',
    ]);
    expect(changes[1]?.[0]).toBe('manytreaties-ggo loading');
    expect(progress).toContain('notes: not a dataset folder, left out');
    expect(loads[1]?.counts).toEqual({ instruments: 1, claims: 196, participations: 196 });
    expect(loads[2]?.counts).toMatchObject({ rollCalls: 6203 });
    expect(await column(driver, STORED)).toEqual(
      stored('manytreaties-ggo', 'unga-votes-voeten', 'untc-mtdsg-2015'),
    );
    const voted = await column(driver, 'MATCH (:State)-[v:VOTED]->(:RollCall) RETURN count(v)');
    expect(voted.map(Number)).toEqual([loads[2]?.counts?.votes]);
    ggoInstruments = loads[0]?.counts?.instruments ?? 0;
  });

  it('skips every unchanged folder on a restart, with the counts of its import', async () => {
    const before = await graphChecksum(driver);
    const loads = await loadDataFolder(driver, root);
    expect(summary(loads)).toEqual([
      'manytreaties-ggo loaded unchanged',
      'untc-mtdsg-2015 loaded unchanged',
      'unga-votes-voeten loaded unchanged',
    ]);
    expect(loads[1]?.counts).toEqual({ instruments: 1, claims: 196, participations: 196 });
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('imports a changed folder again and stores its new hash', async () => {
    rmSync(join(root, 'manytreaties-ggo'), { recursive: true });
    cpSync(ggoSlice(['UNCLOS_1982A', 'INPPSO_1954A']), join(root, 'manytreaties-ggo'), {
      recursive: true,
    });
    const loads = await loadDataFolder(driver, root);
    expect(summary(loads)).toEqual([
      'manytreaties-ggo loaded',
      'untc-mtdsg-2015 loaded unchanged',
      'unga-votes-voeten loaded unchanged',
    ]);
    expect(loads[0]?.counts?.instruments).toBeGreaterThan(ggoInstruments);
    expect(await column(driver, STORED)).toEqual(
      stored('manytreaties-ggo', 'unga-votes-voeten', 'untc-mtdsg-2015'),
    );
  });

  it('reports a folder that fails, writes none of it and keeps its old hash', async () => {
    const hashes = await column(driver, STORED);
    const table = join(root, 'untc-mtdsg-2015', 'treaties', '4-11.csv');
    writeFileSync(table, `${readFileSync(table, 'utf8')}Albania,"4 Oct 2007\n`);
    const before = await graphChecksum(driver);
    const loads = await loadDataFolder(driver, root);
    expect(summary(loads)).toEqual([
      'manytreaties-ggo loaded unchanged',
      'untc-mtdsg-2015 failed',
      'unga-votes-voeten loaded unchanged',
    ]);
    expect(loads[1]?.message).toContain('4-11.csv');
    expect(await graphChecksum(driver)).toBe(before);
    expect(await column(driver, STORED)).toEqual(hashes);
  });

  it('says so and loads nothing when the folder is missing', async () => {
    const progress: string[] = [];
    const missing = join(root, 'absent');
    const loads = await loadDataFolder(driver, missing, { onProgress: (m) => progress.push(m) });
    expect(loads).toEqual([]);
    expect(progress).toEqual([`no data folder at ${missing}: only the bundled corpus is loaded`]);
  });
});
