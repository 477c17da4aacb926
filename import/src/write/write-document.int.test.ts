import { IMPORT_FORMAT } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { graphChecksum } from '../testing/graph-checksum';
import { column, testDriver, wipe } from '../testing/neo4j';
import { applySchema } from './apply-schema';
import { writeDocument } from './write-document';

const driver = testDriver();

const statement: ImportDocument = {
  format: IMPORT_FORMAT,
  nodes: {
    Source: [{ id: 'src-test', publisher: 'Test' }],
    Declaration: [{ id: '2025-01-01-test', title: 'Test' }],
  },
  relationships: [
    { type: 'SIGNED', from: 'LAO', to: '2025-01-01-test', source: 'src-test', quoteStart: 4 },
    { type: 'REFERENCES', from: '2025-01-01-test', to: 'untoc', source: 'src-test' },
  ],
};

beforeAll(async () => {
  await wipe(driver);
  await applySchema(driver);
});

afterAll(async () => {
  await wipe(driver);
  await driver.close();
});

describe('writeDocument', () => {
  it('writes a document with the gazetteer and registry nodes it names', async () => {
    const summary = await writeDocument(driver, statement);
    expect(summary).toEqual({
      nodes: { State: 1, Source: 1, Instrument: 1, Declaration: 1 },
      relationships: { SIGNED: 1, REFERENCES: 1 },
      nodesCreated: 4,
      relationshipsCreated: 2,
    });
    expect(await column(driver, 'MATCH (i:Instrument {id: "untoc"}) RETURN i.name')).toEqual([
      'United Nations Convention against Transnational Organized Crime',
    ]);
  });

  it('stores integer properties as integers', async () => {
    expect(await column(driver, 'MATCH ()-[r:SIGNED]->() RETURN valueType(r.quoteStart)')).toEqual([
      'INTEGER NOT NULL',
    ]);
  });

  it('creates a referenced state only when missing, leaving an existing one as it is', async () => {
    await driver.executeQuery('MATCH (s:State {code: "LAO"}) SET s.name = "Lao PDR"');
    await writeDocument(driver, statement);
    expect(await column(driver, 'MATCH (s:State {code: "LAO"}) RETURN s.name')).toEqual([
      'Lao PDR',
    ]);
    await driver.executeQuery('MATCH (s:State {code: "LAO"}) SET s.name = "Laos"');
  });

  it('is idempotent', async () => {
    const before = await graphChecksum(driver);
    const summary = await writeDocument(driver, statement);
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('writes nothing at all when one relationship names a missing node', async () => {
    const before = await graphChecksum(driver);
    const bad: ImportDocument = {
      format: IMPORT_FORMAT,
      nodes: {
        Declaration: [{ id: '2025-02-02-new', title: 'Would be new' }],
        Group: [{ id: 'new-group', name: 'Would be new too' }],
      },
      relationships: [
        { type: 'SIGNED', from: 'RUS', to: '2025-02-02-new' },
        { type: 'SPEAKS_FOR', from: '2025-02-02-new', to: 'new-group' },
        { type: 'SIGNED', from: 'BOL', to: '2025-03-03-never-defined' },
      ],
    };
    const error = await writeDocument(driver, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({
      code: 'MISSING_ENDPOINT',
      details: [expect.objectContaining({ code: 'MISSING_ENDPOINT' })],
    });
    expect((error as ImportError).details[0]?.message).toContain('2025-03-03-never-defined');
    expect(await graphChecksum(driver)).toBe(before);
  });

  it('replaces a relationship’s properties with the latest import', async () => {
    const [signed, ...rest] = statement.relationships;
    const revised = {
      ...statement,
      relationships: [{ ...signed, quoteStart: undefined, asOf: '2025-01-02' }, ...rest],
    };
    await writeDocument(driver, revised as ImportDocument);
    expect(await column(driver, 'MATCH ()-[r:SIGNED]->() RETURN properties(r)')).toEqual([
      { source: 'src-test', asOf: '2025-01-02' },
    ]);
  });
});

describe('applySchema', () => {
  it('can run again without change', async () => {
    const count = async () =>
      (await column(driver, 'SHOW CONSTRAINTS YIELD name RETURN name')).length;
    const before = await count();
    await applySchema(driver);
    expect(await count()).toBe(before);
  });
});
