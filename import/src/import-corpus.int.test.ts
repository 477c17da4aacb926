import { schemaStatements } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCorpus } from './import-corpus';
import { graphChecksum } from './testing/graph-checksum';
import { column, testDriver, wipe } from './testing/neo4j';

const driver = testDriver();
const DECLARATION = '2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit';

beforeAll(async () => {
  await wipe(driver);
});

afterAll(async () => {
  await wipe(driver);
  await driver.close();
});

describe('importCorpus', () => {
  let first: Awaited<ReturnType<typeof importCorpus>>;
  const progress: string[] = [];

  beforeAll(async () => {
    first = await importCorpus(driver, { onProgress: (m) => progress.push(m) });
  });

  it('applies every constraint and index of the model', async () => {
    const names = [
      ...(await column<string>(driver, 'SHOW CONSTRAINTS YIELD name RETURN name')),
      ...(await column<string>(driver, 'SHOW INDEXES YIELD name RETURN name')),
    ];
    expect(names).toEqual(expect.arrayContaining(schemaStatements().map((s) => s.name)));
  });

  it('writes the gazetteer and both corpus files, telling each step', () => {
    expect(first.files).toBe(2);
    expect(first.nodesCreated).toBeGreaterThan(250);
    expect(progress).toHaveLength(4);
  });

  it('has all 250 states', async () => {
    expect(await column(driver, 'MATCH (s:State) RETURN count(s)')).toEqual([neo4j.int(250)]);
  });

  it('records exactly the 22 signatories of the statement', async () => {
    const codes = await column<string>(
      driver,
      'MATCH (s:State)-[:SIGNED]->(:Declaration {id: $id}) RETURN s.code ORDER BY s.code',
      { id: DECLARATION },
    );
    expect(codes).toHaveLength(22);
    expect(codes).toEqual(expect.arrayContaining(['LAO', 'RUS', 'ARE', 'VEN', 'BOL']));
  });

  it('links the statement to its group, source, instruments and organizations', async () => {
    const links = await column<string>(
      driver,
      'MATCH (:Declaration {id: $id})-[r]->(n) WHERE NOT n:State ' +
        'RETURN type(r) + " " + coalesce(n.id, n.code) AS link ORDER BY link',
      { id: DECLARATION },
    );
    expect(links).toEqual([
      'REFERENCES un-global-plan-of-action-trafficking',
      'REFERENCES unodc-global-report-trafficking',
      'REFERENCES untoc',
      'REFERENCES untoc-trafficking-protocol',
      'REPORTED_IN src-belta-2025-07-30-group-of-friends-declaration',
      'SPEAKS_FOR group-of-friends-united-against-human-trafficking',
      'SUPPORTS unodc',
    ]);
    expect(
      await column(driver, 'MATCH (:Organization {id: "unodc"})-[:COORDINATES]->(o) RETURN o.id'),
    ).toEqual(['icat']);
  });

  it('knows the Protocol supplements UNTOC, with the registry facts on both', async () => {
    const rows = await column<Record<string, unknown>>(
      driver,
      'MATCH (p:Instrument {id: "untoc-trafficking-protocol"})-[:SUPPLEMENTS]->(c:Instrument) ' +
        'RETURN {protocol: p.untcReference, inForce: p.entryIntoForceOn, convention: c.id, ' +
        'short: p.shortName, aliases: p.aliases}',
    );
    expect(rows).toEqual([
      expect.objectContaining({
        protocol: 'XVIII-12-a',
        inForce: '2003-12-25',
        convention: 'untoc',
        short: 'Trafficking in Persons Protocol',
        aliases: expect.arrayContaining(['Palermo Protocol']) as unknown,
      }),
    ]);
  });

  it('keeps the provenance of treaty participation', async () => {
    const [party] = await column<Record<string, unknown>>(
      driver,
      'MATCH (:State {code: "LAO"})-[r:PARTY_TO]->(:Instrument {id: "untoc"}) RETURN properties(r)',
    );
    expect(party).toEqual({
      consentOn: '2003-09-26',
      consentType: 'accession',
      source: 'src-fc2da67bce9464de',
      asOf: '2014-01-27',
    });
  });

  it('changes nothing when imported again', async () => {
    const before = await graphChecksum(driver);
    const again = await importCorpus(driver);
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect({ nodes: again.nodes, relationships: again.relationships }).toEqual({
      nodes: first.nodes,
      relationships: first.relationships,
    });
    expect(await graphChecksum(driver)).toBe(before);
  });
});
