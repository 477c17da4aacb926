import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../testing/graph-checksum';
import { column, testDriver, wipe } from '../testing/neo4j';
import { UNTC_2014_FILES } from '../testing/untc-2014';
import { applySchema } from '../write/apply-schema';
import { writeDocument } from '../write/write-document';
import { readStatusTable } from './status-table';

const driver = testDriver();
const DIR = fileURLToPath(new URL('../../../../shared/data/untc-2014/', import.meta.url));

beforeAll(async () => {
  await wipe(driver);
  await applySchema(driver);
});

afterAll(async () => {
  await wipe(driver);
  await driver.close();
});

describe('a UNTC status table written to Neo4j', () => {
  const { document } = readStatusTable(`${DIR}${UNTC_2014_FILES.untoc}`, {
    instrument: 'untoc',
    source: {
      url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12&chapter=18&clang=_en',
    },
    asOf: '2014-01-27',
  });

  it('writes one PARTY_TO edge per state row and one ORGANIZATION_PARTY_TO for the European Union (185 rows)', async () => {
    const summary = await writeDocument(driver, document);
    expect(summary).toMatchObject({
      relationships: { PARTY_TO: 184, ORGANIZATION_PARTY_TO: 1, COVERS: 1 },
      relationshipsCreated: 186,
    });
    const [count] = await column<{ toNumber(): number }>(
      driver,
      'MATCH (:State)-[r:PARTY_TO]->(:Instrument {id: "untoc"}) RETURN count(r)',
    );
    expect(count?.toNumber()).toBe(184);
    expect(
      await column(
        driver,
        'MATCH (:State {code: "JPN"})-[r:PARTY_TO]->(:Instrument) RETURN [toString(r.signedOn), r.consentOn, toString(r.asOf)]',
      ),
    ).toEqual([['2000-12-12', null, '2014-01-27']]);
  });

  it('marks the CSV, which prints no "Status as at", as a partial table as at its date', async () => {
    expect(
      await column(
        driver,
        'MATCH (s:Source)-[c:COVERS]->(:Instrument {id: "untoc"}) RETURN [s.id, toString(c.asOf), c.complete]',
      ),
    ).toEqual([['src-fc2da67bce9464de', '2014-01-27', false]]);
  });

  it('changes nothing when imported again', async () => {
    const before = await graphChecksum(driver);
    const summary = await writeDocument(driver, document);
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphChecksum(driver)).toBe(before);
  });
});
