import { describe, expect, it } from 'vitest';
import { createCorpusElements } from '../../graph/elements';
import { withParties } from '../../graph/party-elements';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { filterRows, rowLabel, rowsCsv, sortRows, tableRows } from './table-rows';

const elements = withParties(
  createCorpusElements([traffickingStatement]),
  [
    {
      id: 'untoc',
      parties: [
        {
          consentOn: '2003-09-26',
          consentType: 'ACCESSION',
          signedOn: null,
          withdrawnOn: null,
          evidence: { source: { publisher: 'UNTC', title: null } },
          state: { code: 'LAO', name: 'Laos' },
        },
      ],
    },
  ],
  { date: '2025-12-31', addStates: false },
);
const rows = tableRows(elements);

describe('the table of a view', () => {
  it('has one row per drawn tie, with its date, consent type and source', () => {
    expect(rows).toHaveLength(elements.edges.length);
    expect(rows.find((r) => r.id === 'PARTY_TO:LAO->untoc')).toMatchObject({
      who: 'Laos',
      relation: 'party to',
      since: '2003-09-26',
      consent: 'accession',
      reportedBy: 'UNTC',
    });
    expect(rows.find((r) => r.id.startsWith('SIGNED:BLR'))).toMatchObject({
      relation: 'signed',
      since: '2025-07-30',
      reportedBy: 'BelTA',
    });
  });

  it('sorts by a column either way, empty cells last', () => {
    const consent = sortRows(rows, { key: 'consent', direction: 'descending' });
    expect(consent[0]?.consent).toBe('accession');
    expect(consent.at(-1)?.consent).toBe('');
    const who = sortRows(rows, { key: 'who', direction: 'descending' }).map((r) => r.who);
    expect(who).toEqual([...who].sort((a, b) => b.localeCompare(a)));
  });

  it('filters on every word, in any cell', () => {
    expect(filterRows(rows, 'laos accession').map((r) => r.id)).toEqual(['PARTY_TO:LAO->untoc']);
    expect(filterRows(rows, '  ')).toHaveLength(rows.length);
    expect(filterRows(rows, 'nowhere')).toEqual([]);
  });

  it('exports the rows shown as CSV with the headings', () => {
    const lines = rowsCsv(filterRows(rows, 'accession')).trim().split('\r\n');
    expect(lines).toEqual([
      'Who,Relationship,What,Since,Until,Consent,Source',
      'Laos,party to,United Nations Convention against Transnational Organized Crime,2003-09-26,,accession,UNTC',
    ]);
  });

  it('reads a row as a sentence', () => {
    const row = rows.find((r) => r.id === 'PARTY_TO:LAO->untoc');
    expect(row && rowLabel(row)).toBe(
      'Laos party to United Nations Convention against Transnational Organized Crime since 2003-09-26 by accession; source: UNTC',
    );
  });
});
