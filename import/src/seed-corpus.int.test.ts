import { IMPORT_FORMAT, sourceId } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_VERSION } from './corpus-version';
import { CORPUS_MARKER, corpusDocuments, seedCorpus } from './seed-corpus';
import { graphChecksum } from './testing/graph-checksum';
import { column, testDriver, wipe } from './testing/neo4j';
import { writeDocument } from './write/write-document';

const driver = testDriver();
const UNTOC_SOURCE = 'src-fc2da67bce9464de';
const partyTo = (from: string) =>
  column<Record<string, unknown>>(
    driver,
    "MATCH (:State {code: $from})-[r:PARTY_TO]->(:Instrument {id: 'untoc'}) RETURN properties(r)",
    { from },
  );

// What an analyst imports after the first start: a newer status table that changes a fact the
// corpus also holds (Belarus's consent), from its own source.
const analystUrl = 'https://example.org/untoc-status-2024.html';
const analyst: ImportDocument = {
  format: IMPORT_FORMAT,
  nodes: { Source: [{ id: sourceId(analystUrl), url: analystUrl }] },
  relationships: [
    {
      type: 'PARTY_TO',
      from: 'BLR',
      to: 'untoc',
      consentOn: '2003-06-26',
      consentType: 'ratification',
      source: sourceId(analystUrl),
      asOf: '2024-05-01',
    },
  ],
} as ImportDocument;

beforeAll(() => wipe(driver));
afterAll(async () => {
  await wipe(driver);
  await driver.close();
});

describe('seedCorpus (what npm start does)', () => {
  it('seeds an empty graph and records the corpus version', async () => {
    const result = await seedCorpus(driver);
    expect(result).toMatchObject({ seeded: true, held: null, version: CORPUS_VERSION.version });
    expect(result.seeded && result.nodesCreated).toBeGreaterThan(250);
    expect(await column(driver, `MATCH (m:${CORPUS_MARKER}) RETURN m.version`)).toEqual([
      expect.objectContaining({ low: CORPUS_VERSION.version }),
    ]);
  });

  it('leaves a graph holding this version alone, even after newer imports', async () => {
    await writeDocument(driver, analyst);
    const before = await graphChecksum(driver);
    expect(await seedCorpus(driver)).toMatchObject({ seeded: false });
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('with a newer version, adds what is missing and keeps every other fact as it is', async () => {
    await driver.executeQuery(
      "MATCH (:State {code: 'BHR'})-[r:PARTY_TO]->(:Instrument {id: 'untoc'}) DELETE r",
    );
    await driver.executeQuery(
      'MATCH (s:Source {id: $id}) REMOVE s.title SET s.publisher = $edited',
      { id: UNTOC_SOURCE, edited: 'Edited by an analyst' },
    );
    const result = await seedCorpus(driver, { version: CORPUS_VERSION.version + 1 });
    expect(result).toMatchObject({
      seeded: true,
      held: CORPUS_VERSION.version,
      nodesCreated: 0,
      propertiesAdded: 1,
      relationshipsCreated: 1,
      relationshipsUpdated: 0,
    });
    // The newer fact from the analyst's source stays; the deleted corpus fact is back.
    expect(await partyTo('BLR')).toEqual([
      expect.objectContaining({ source: sourceId(analystUrl), consentOn: '2003-06-26' }),
    ]);
    expect(await partyTo('BHR')).toEqual([expect.objectContaining({ source: UNTOC_SOURCE })]);
    // A missing property is filled in; a changed one is not reverted.
    expect(
      await column(driver, 'MATCH (s:Source {id: $id}) RETURN [s.title, s.publisher]', {
        id: UNTOC_SOURCE,
      }),
    ).toEqual([
      ['United Nations Convention against Transnational Organized Crime', 'Edited by an analyst'],
    ]);
  });

  it('replaces a fact of its own source only with a strictly newer one', async () => {
    const revised = (asOf: string, consentOn: string) =>
      corpusDocuments().map((document) => ({
        ...document,
        relationships: document.relationships.map((r) =>
          r.type === 'PARTY_TO' && r.from === 'BGD' && r.to === 'untoc'
            ? { ...r, asOf, consentOn }
            : r,
        ),
      }));
    const older = await seedCorpus(driver, {
      version: CORPUS_VERSION.version + 2,
      documents: revised('2010-01-01', '1999-01-01'),
    });
    expect(older).toMatchObject({ seeded: true, relationshipsUpdated: 0 });
    const newer = await seedCorpus(driver, {
      version: CORPUS_VERSION.version + 3,
      documents: revised('2020-01-01', '2011-07-14'),
    });
    expect(newer).toMatchObject({ seeded: true, relationshipsUpdated: 1 });
    expect(await partyTo('BGD')).toEqual([
      expect.objectContaining({
        source: UNTOC_SOURCE,
        asOf: '2020-01-01',
        consentOn: '2011-07-14',
      }),
    ]);
    expect(await partyTo('BLR')).toEqual([
      expect.objectContaining({ source: sourceId(analystUrl) }),
    ]);
  });
});
