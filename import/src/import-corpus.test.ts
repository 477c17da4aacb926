import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declarationId } from '@treatygraph/schema';
import type { ImportDocument, RelationshipRow } from '@treatygraph/schema';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from './import-corpus';
import { readDocument } from './read/document';
import { UNTC_2014_FILES, untc2014Rows } from './testing/untc-2014';

const documents = new Map<string, ImportDocument>(
  corpusFiles().map((file) => [basename(file), readDocument(file)]),
);
const statement = documents.get('2025-07-30-human-trafficking-is-organized-crime.yaml');
const participation = documents.get('untoc-and-protocols-participation.yaml');
const relationships = [...documents.values()].flatMap((d) => d.relationships);
const of = (type: string) => relationships.filter((r) => r.type === type);

const SEED = fileURLToPath(
  new URL('../../../shared/seeds/000_9e24b62923abd9c7.txt', import.meta.url),
);
// In the order the report lists them.
// prettier-ignore
const ADOPTED_BY = [
  'BLR', 'BHR', 'BGD', 'BOL', 'EGY', 'ERI', 'IND', 'KAZ', 'KGZ', 'LAO', 'LBY',
  'NIC', 'NGA', 'PHL', 'QAT', 'RUS', 'SGP', 'TJK', 'TKM', 'ARE', 'UZB', 'VEN',
];

describe('the bundled corpus', () => {
  it('is made of valid import documents', () => {
    expect([...documents.keys()]).toEqual([
      '2025-07-30-human-trafficking-is-organized-crime.yaml',
      'untoc-and-protocols-participation.yaml',
    ]);
  });

  it('records the 30 July 2025 statement under its derived id', () => {
    const [declaration] = statement?.nodes.Declaration ?? [];
    const title = "Human Trafficking is Organized Crime. It's Time to End Exploitation";
    expect(declaration).toMatchObject({
      id: declarationId('2025-07-30', title),
      title,
      adoptedOn: '2025-07-30',
      occasion: 'World Day Against Trafficking in Persons',
      venue: 'Vienna',
    });
  });

  it('has exactly the 22 states that adopted it, each with its evidence', () => {
    const signed = of('SIGNED');
    expect(signed.map((r) => r.from).sort()).toEqual([...ADOPTED_BY].sort());
    expect(signed.every((r) => r.source && r.quote)).toBe(true);
  });

  it('states what the source states, and no membership it does not', () => {
    const facts = (rows: RelationshipRow[]) => rows.map((r) => `${r.type} ${r.from} -> ${r.to}`);
    const id = statement?.nodes.Declaration?.[0]?.id;
    expect(facts([...of('REFERENCES'), ...of('SUPPORTS'), ...of('COORDINATES')]).sort()).toEqual(
      [
        `REFERENCES ${id} -> un-global-plan-of-action-trafficking`,
        `REFERENCES ${id} -> unodc-global-report-trafficking`,
        `REFERENCES ${id} -> untoc`,
        `REFERENCES ${id} -> untoc-trafficking-protocol`,
        `SUPPORTS ${id} -> unodc`,
        'COORDINATES unodc -> icat',
      ].sort(),
    );
    expect(of('SUPPORTS')[0]?.role).toBe('coordinator of ICAT');
    expect(facts(of('SPEAKS_FOR'))).toEqual([
      `SPEAKS_FOR ${id} -> group-of-friends-united-against-human-trafficking`,
    ]);
    expect(of('MEMBER_OF')).toEqual([]);
    expect(facts(of('SUPPLEMENTS'))).toContain('SUPPLEMENTS untoc-trafficking-protocol -> untoc');
  });

  it('quotes the BelTA report verbatim', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    const seed = squash(readFileSync(SEED, 'utf8'));
    const belta = statement?.nodes.Source?.[0]?.id;
    const quoted = relationships.filter((r) => r.source === belta && r.quote);
    expect(quoted.length).toBeGreaterThan(22);
    for (const r of quoted) expect(seed).toContain(squash(String(r.quote)));
  });

  describe.each([
    ['untoc', UNTC_2014_FILES.untoc],
    ['untoc-trafficking-protocol', UNTC_2014_FILES.traffickingProtocol],
  ])('PARTY_TO %s', (instrument, file) => {
    const snapshot = new Map(untc2014Rows(file).map((r) => [r.iso3, r]));
    const parties = (participation?.relationships ?? []).filter(
      (r) => r.type === 'PARTY_TO' && r.to === instrument,
    );

    it('agrees with the January 2014 UNTC snapshot for every fact dated by it', () => {
      const dated = parties.filter((r) => r.asOf === '2014-01-27');
      expect(dated.length).toBeGreaterThan(0);
      for (const r of dated) {
        const row = snapshot.get(r.from);
        expect(row, r.from).toBeDefined();
        expect({
          signedOn: r.signedOn ?? '',
          consentOn: r.consentOn,
          consentType: r.consentType,
        }).toEqual({
          signedOn: row?.signature_date,
          consentOn: row?.consent_date,
          consentType: row?.consent_type,
        });
      }
    });

    it('covers each of the 22 the snapshot lists, and dates later facts later', () => {
      const listed = ADOPTED_BY.filter((code) => snapshot.has(code));
      expect(
        parties
          .filter((r) => r.asOf === '2014-01-27')
          .map((r) => r.from)
          .sort(),
      ).toEqual(listed.sort());
      for (const r of parties.filter((r) => r.asOf !== '2014-01-27')) {
        expect(snapshot.has(r.from)).toBe(false);
        expect(String(r.asOf) > '2014-01-27').toBe(true);
      }
    });
  });
});
