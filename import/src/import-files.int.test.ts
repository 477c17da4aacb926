import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IMPORT_FORMAT, markDataChangedCypher } from '@treatygraph/schema';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { importFiles } from './import-files';
import { graphChecksum } from './testing/graph-checksum';
import { column, testDriver, wipe } from './testing/neo4j';
import { asInput, reportedStatement } from './testing/statement-documents';
import { UNTC_2014_FILES, untc2014Rows } from './testing/untc-2014';
import { pastedUntcPage } from './testing/untc-page';

const driver = testDriver();
const FIXTURES = fileURLToPath(new URL('../fixtures/status/', import.meta.url));
const UNTC = fileURLToPath(new URL('../../../shared/data/untc-2014/', import.meta.url));
const SEED = fileURLToPath(
  new URL('../../../shared/seeds/000_9e24b62923abd9c7.txt', import.meta.url),
);
const WIRE = fileURLToPath(new URL('../fixtures/merge/tass-wire-2025-07-30.txt', import.meta.url));
const fixture = (name: string) => ({
  name: `${FIXTURES}${name}`,
  content: readFileSync(`${FIXTURES}${name}`, 'utf8'),
});

const TITLE = "Human Trafficking is Organized Crime. It's Time to End Exploitation";
const STATES = ['BLR', 'BHR', 'BGD', 'BOL', 'EGY', 'ERI', 'IND', 'KAZ', 'KGZ', 'LAO', 'RUS'];
const belta = asInput(
  'belta.json',
  reportedStatement({ agency: 'BelTA', title: TITLE, states: STATES }),
);
const tass = asInput(
  'tass.json',
  reportedStatement({
    agency: 'TASS',
    title: "Human trafficking is organised crime: it's time to end exploitation",
    states: [...STATES.slice(0, 9), 'VEN'],
  }),
);

const count = async (cypher: string) =>
  (await column<{ toNumber(): number }>(driver, cypher))[0]?.toNumber() ?? 0;

beforeEach(async () => {
  await wipe(driver);
});

afterAll(async () => {
  await wipe(driver);
  await driver.close();
});

describe('importFiles', () => {
  it('writes an import document and an HTML status table in one run', async () => {
    const report = await importFiles(driver, [belta, fixture('untc-rome-statute.html')], {
      dryRun: false,
    });
    expect(report).toMatchObject({ compared: true, written: true, merges: [] });
    expect(report.files.map((f) => f.kind)).toEqual(['document', 'status-table']);
    // Source, Declaration, 11 states, the Protocol; Source, the Statute, 6 more states; the
    // status page's 7 facts and its COVERS.
    expect(report.counts?.created).toEqual({
      nodes: 1 + 1 + 11 + 1 + 1 + 1 + 6,
      relationships: 1 + 11 + 1 + 7 + 1,
    });
    const withdrawn = await column(
      driver,
      'MATCH (s:State)-[r:PARTY_TO]->(:Instrument {id: "rome-statute"}) WHERE r.withdrawnOn IS NOT NULL ' +
        'RETURN [s.code, r.withdrawnOn] ORDER BY s.code',
    );
    expect(withdrawn).toEqual([
      ['BDI', '2017-10-27'],
      ['PHL', '2019-03-17'],
    ]);
  });

  it('is idempotent: a second run finds everything unchanged', async () => {
    const inputs = [belta, tass, fixture('untc-trafficking-protocol.html')];
    await importFiles(driver, inputs, { dryRun: false });
    const before = await graphChecksum(driver);
    const again = await importFiles(driver, inputs, { dryRun: false });
    expect(again.counts?.created).toEqual({ nodes: 0, relationships: 0 });
    expect(again.counts?.updated).toEqual({ nodes: 0, relationships: 0 });
    expect(again.counts?.unchanged.relationships).toBeGreaterThan(20);
    expect(again.changes).toEqual([]);
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('counts property changes on existing entities as updates', async () => {
    await importFiles(driver, [belta], { dryRun: false });
    const revised = reportedStatement({ agency: 'BelTA', title: TITLE, states: STATES });
    const row = revised.nodes.Declaration?.[0];
    if (row) row.occasion = 'World Day Against Trafficking in Persons';
    const report = await importFiles(driver, [asInput('belta.json', revised)], { dryRun: false });
    expect(report.counts?.updated).toEqual({ nodes: 1, relationships: 0 });
    expect(report.changes).toEqual([
      expect.objectContaining({
        label: 'Declaration',
        change: 'updated',
        properties: ['occasion'],
      }),
    ]);
  });

  it('writes nothing when any file is invalid, and names every issue', async () => {
    const before = await graphChecksum(driver);
    const bad = {
      name: 'bad.yaml',
      content:
        'format: treatygraph/1\nrelationships:\n  - type: SIGNED\n    from: XXX\n    to: 2025-01-01-x\n',
    };
    const error = await importFiles(driver, [belta, fixture('untc-rome-statute.html'), bad], {
      dryRun: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'bad.yaml', line: 4, field: 'relationships[0].from' }),
      ]),
    );
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('rolls every file back when the database refuses one write of the run', async () => {
    // A constraint the model does not have, so that the second file's write fails in Neo4j.
    await driver.executeQuery(
      'CREATE CONSTRAINT test_title IF NOT EXISTS FOR (d:Declaration) REQUIRE d.title IS UNIQUE',
    );
    try {
      const other = reportedStatement({
        agency: 'Xinhua',
        title: TITLE,
        states: ['CHN'],
        adoptedOn: '2024-01-01',
      });
      await importFiles(driver, [asInput('other.json', other)], { dryRun: false });
      const before = await graphChecksum(driver);
      const error = await importFiles(driver, [fixture('untc-rome-statute.html'), belta], {
        dryRun: false,
      }).catch((e: unknown) => e);
      expect(String(error)).toMatch(/already exists/);
      expect(await graphChecksum(driver)).toBe(before);
      expect(await count('MATCH ()-[r:PARTY_TO]->() RETURN count(r)')).toBe(0);
    } finally {
      await driver.executeQuery('DROP CONSTRAINT test_title IF EXISTS');
    }
  });

  it('fails as TRANSACTION_TIMEOUT past its time limit, and writes nothing', async () => {
    await driver.executeQuery(markDataChangedCypher);
    const before = await graphChecksum(driver);
    // Another transaction holds the data version's lock, so the run waits past its limit.
    const session = driver.session();
    const blocker = await session.beginTransaction();
    try {
      await blocker.run(markDataChangedCypher);
      const error = await importFiles(driver, [tass], { dryRun: false, timeoutMs: 500 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('TRANSACTION_TIMEOUT');
      expect((error as ImportError).message).toMatch(/limit of 0\.5 s .* nothing was written/);
    } finally {
      await blocker.rollback();
      await session.close();
    }
    expect(await graphChecksum(driver)).toBe(before);
  }, 120_000);

  it('joins two reports of one declaration in one run: one declaration, two sources', async () => {
    const report = await importFiles(driver, [belta, tass], { dryRun: false });
    expect(report.merges).toEqual([
      expect.objectContaining({ file: 'tass.json', origin: 'belta.json' }),
    ]);
    expect(await count('MATCH (d:Declaration) RETURN count(d)')).toBe(1);
    expect(
      await column(
        driver,
        'MATCH (d:Declaration)-[:REPORTED_IN]->(s) RETURN s.publisher ORDER BY s.publisher',
      ),
    ).toEqual(['BelTA', 'TASS']);
    expect(await count('MATCH (:State)-[r:SIGNED]->(:Declaration) RETURN count(r)')).toBe(12);
    // A signature both report keeps the first citation.
    expect(
      await column(driver, 'MATCH (:State {code: "BLR"})-[r:SIGNED]->() RETURN r.source'),
    ).toEqual(['src-belta-2025-07-30']);
    expect(
      await column(driver, 'MATCH (:State {code: "VEN"})-[r:SIGNED]->() RETURN r.source'),
    ).toEqual(['src-tass-2025-07-30']);
  });

  it('joins a report to a declaration already in the database', async () => {
    await importFiles(driver, [belta], { dryRun: false });
    const preview = await importFiles(driver, [tass], { dryRun: true });
    expect(preview.merges).toEqual([expect.objectContaining({ origin: 'the database' })]);
    const report = await importFiles(driver, [tass], { dryRun: false });
    expect(report.counts?.created).toEqual(preview.counts?.created);
    expect(await count('MATCH (d:Declaration) RETURN count(d)')).toBe(1);
    expect(await count('MATCH (:Declaration)-[r:REPORTED_IN]->() RETURN count(r)')).toBe(2);
    const again = await importFiles(driver, [belta, tass], { dryRun: false });
    expect(again.changes).toEqual([]);
  });

  it.skipIf(!existsSync(SEED))(
    'joins a wire report to the seed report of the same statement',
    async () => {
      const text = (name: string) => ({ name, content: readFileSync(name, 'utf8') });
      const report = await importFiles(driver, [text(WIRE), text(SEED)], { dryRun: false });
      expect(report.merges).toEqual([expect.objectContaining({ file: SEED, origin: WIRE })]);
      expect(await count('MATCH (d:Declaration) RETURN count(d)')).toBe(1);
      expect(await count('MATCH (:Declaration)-[r:REPORTED_IN]->() RETURN count(r)')).toBe(2);
      expect(await count('MATCH (:State)-[r:SIGNED]->() RETURN count(r)')).toBe(22);
      // The seed cites more than the wire: those references are added to the one declaration.
      expect(await count('MATCH (:Declaration)-[r:REFERENCES]->() RETURN count(r)')).toBe(4);
    },
  );

  it('keeps statements of other days apart', async () => {
    const later = reportedStatement({
      agency: 'TASS',
      title: TITLE,
      states: STATES,
      adoptedOn: '2026-07-30',
    });
    const report = await importFiles(driver, [belta, asInput('later.json', later)], {
      dryRun: false,
    });
    expect(report.merges).toEqual([]);
    expect(await count('MATCH (d:Declaration) RETURN count(d)')).toBe(2);
  });

  it('predicts in a dry run exactly what a write then does, and writes nothing', async () => {
    await importFiles(driver, [belta], { dryRun: false });
    const before = await graphChecksum(driver);
    const inputs = [tass, fixture('untc-trafficking-protocol.html')];
    const dry = await importFiles(driver, inputs, { dryRun: true });
    expect(await graphChecksum(driver)).toBe(before);
    const wet = await importFiles(driver, inputs, { dryRun: false });
    expect(dry.counts).toEqual(wet.counts);
    expect(dry.changes).toEqual(wet.changes);
  });

  it('validates and merges without a database', async () => {
    const report = await importFiles(null, [belta, tass], { dryRun: true });
    expect(report).toMatchObject({ compared: false, written: false, counts: null });
    expect(report.merges).toHaveLength(1);
  });
});

describe.skipIf(!existsSync(UNTC))('the UNTC 2014 tables of ../shared', () => {
  const tables = [
    { file: UNTC_2014_FILES.untoc, instrument: 'untoc' },
    { file: UNTC_2014_FILES.traffickingProtocol, instrument: 'untoc-trafficking-protocol' },
  ];

  it.each(tables)(
    '$file: every participant resolved, dates and types as printed',
    async ({ file, instrument }) => {
      const input = { name: `${UNTC}${file}`, content: readFileSync(`${UNTC}${file}`, 'utf8') };
      const report = await importFiles(driver, [input], {
        dryRun: false,
        instrument,
        asOf: '2014-01-27',
      });
      const rows = untc2014Rows(file);
      expect(report.preview.warnings).toEqual([]);
      const written = await column<Record<string, unknown>>(
        driver,
        'MATCH (s:State)-[r:PARTY_TO]->(:Instrument {id: $instrument}) ' +
          'RETURN {iso3: s.code, signature_date: coalesce(r.signedOn, ""), consent_date: coalesce(r.consentOn, ""), consent_type: coalesce(r.consentType, "")} ORDER BY s.code',
        { instrument },
      );
      const expected = rows
        .filter((r) => r.iso3 !== '')
        .map(({ iso3, signature_date, consent_date, consent_type }) => ({
          iso3,
          signature_date,
          consent_date,
          consent_type,
        }))
        .sort((a, b) => a.iso3.localeCompare(b.iso3));
      expect(written).toEqual(expected);
      expect(written).toHaveLength(rows.length - 1);
      // The one row without an ISO code is the European Union's approval, an organization's.
      const eu = rows.find((r) => r.iso3 === '');
      expect(eu?.participant_name).toBe('European Union');
      expect(
        await column(
          driver,
          'MATCH (o:Organization)-[r:ORGANIZATION_PARTY_TO]->(:Instrument {id: $instrument}) ' +
            'RETURN [o.id, toString(r.signedOn), toString(r.consentOn), r.consentType]',
          { instrument },
        ),
      ).toEqual([['eu', eu?.signature_date, eu?.consent_date, eu?.consent_type]]);
    },
  );
});

describe.skipIf(!existsSync(UNTC))('a UNTC page of a treaty the registry lacks', () => {
  const CRPD = 'Convention on the Rights of Persons with Disabilities';
  const page = (heading: string[]) => ({
    name: 'crpd.txt',
    content: pastedUntcPage('4-15', heading),
  });
  const numbered = page([
    'CHAPTER IV',
    'HUMAN RIGHTS',
    `15. ${CRPD}`,
    'New York, 13 December 2006',
  ]);
  const parties = (id: string) =>
    count(
      `MATCH (p)-[:PARTY_TO|ORGANIZATION_PARTY_TO]->(:Instrument {id: '${id}'}) RETURN count(p)`,
    );
  const stored = (instrument: Record<string, unknown>) =>
    importFiles(
      driver,
      [
        asInput('crpd.json', {
          format: IMPORT_FORMAT,
          nodes: { Instrument: [instrument] },
          relationships: [],
        }),
      ],
      { dryRun: false },
    );

  it('creates the instrument from the heading, with every party, and is idempotent', async () => {
    const report = await importFiles(driver, [numbered], { dryRun: false });
    expect(report.files[0]).toMatchObject({ kind: 'status-table', participations: 182 });
    expect(
      await column(
        driver,
        'MATCH (i:Instrument) RETURN [i.id, i.name, toString(i.adoptedOn), i.identifiers]',
      ),
    ).toEqual([['untc-iv-15', CRPD, '2006-12-13', ['untc:IV-15']]]);
    expect(await parties('untc-iv-15')).toBe(182);
    const before = await graphChecksum(driver);
    const again = await importFiles(driver, [numbered], { dryRun: false });
    expect(again.counts?.created).toEqual({ nodes: 0, relationships: 0 });
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('joins the instrument the graph holds under that UNTC number, keeping its name', async () => {
    await stored({
      id: 'crpd',
      name: 'CRPD (as a dataset named it)',
      kind: 'convention',
      identifiers: ['untc:IV-15', 'ggo:X'],
    });
    const progress: string[] = [];
    await importFiles(driver, [numbered], { dryRun: false, onProgress: (m) => progress.push(m) });
    expect(await column(driver, 'MATCH (i:Instrument) RETURN [i.id, i.name]')).toEqual([
      ['crpd', 'CRPD (as a dataset named it)'],
    ]);
    expect(await parties('crpd')).toBe(182);
    expect(progress).toContain('crpd.txt: untc-iv-15 is crpd, already in the graph');
  });

  it('joins an instrument of the same title and date that has no UNTC number yet', async () => {
    await stored({
      id: 'ggo-crpd',
      name: CRPD,
      kind: 'convention',
      adoptedOn: '2006-12-13',
      identifiers: ['ggo:X'],
    });
    await importFiles(driver, [numbered], { dryRun: false });
    expect(await column(driver, 'MATCH (i:Instrument) RETURN i.id')).toEqual(['ggo-crpd']);
    expect(await parties('ggo-crpd')).toBe(182);
  });
});

it('an empty run writes nothing', async () => {
  const report = await importFiles(
    driver,
    [asInput('empty.json', { format: IMPORT_FORMAT, nodes: {}, relationships: [] })],
    { dryRun: false },
  );
  expect(report.counts?.created).toEqual({ nodes: 0, relationships: 0 });
});
