import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { UNTC_2014_FILES } from '../testing/untc-2014';
import { pastedUntcPage } from '../testing/untc-page';
import { parseStatusTable, readStatusTable } from './status-table';
import { organizationParties, parties } from '../testing/parties';

const DIR = fileURLToPath(new URL('../../../../shared/data/untc-2014/', import.meta.url));
const options = {
  instrument: 'untoc-trafficking-protocol',
  source: { url: 'https://treaties.un.org/Pages/ViewDetails.aspx?mtdsg_no=XVIII-12-a' },
  asOf: '2014-01-27',
};

function parseText(text: string) {
  return parseStatusTable({ ...options, text, file: 'pasted.txt' });
}

function issuesOf(text: string, file = 'pasted.txt') {
  try {
    parseStatusTable({ ...options, text, file });
  } catch (error) {
    if (error instanceof ImportError) return error.details;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readStatusTable (UNTC 2014 CSV)', () => {
  const { document, notes } = readStatusTable(
    `${DIR}${UNTC_2014_FILES.traffickingProtocol}`,
    options,
  );
  const rels = parties(document);

  it('reads 166 state rows, and the European Union as an organization party', () => {
    expect(rels).toHaveLength(166);
    expect(notes).toEqual([]);
    expect(rels.every((r) => r.type === 'PARTY_TO' && r.to === 'untoc-trafficking-protocol')).toBe(
      true,
    );
    expect(organizationParties(document)).toEqual([
      expect.objectContaining({
        from: 'eu',
        to: 'untoc-trafficking-protocol',
        consentType: 'approval',
        quote: expect.stringMatching(/^European Union,/) as unknown,
      }),
    ]);
  });

  it('keeps the consent types of the table', () => {
    const counts: Record<string, number> = {};
    for (const r of rels) {
      const type = 'consentType' in r ? String(r.consentType) : undefined;
      if (type) counts[type] = (counts[type] ?? 0) + 1;
    }
    // The approval is the European Union's, among the organizations' rows.
    expect(counts).toEqual({ ratification: 107, accession: 48, acceptance: 2, succession: 1 });
  });

  it('keeps signed-only rows without a consent', () => {
    const signedOnly = rels.filter((r) => !('consentOn' in r && r.consentOn)).map((r) => r.from);
    expect(signedOnly.sort()).toEqual(['BRB', 'COG', 'CZE', 'JPN', 'KOR', 'LKA', 'SLE', 'UGA']);
    expect(rels.find((r) => r.from === 'JPN')).toMatchObject({ signedOn: '2002-12-09' });
  });

  it('gives every row its provenance: source, raw row, asOf', () => {
    const source = document.nodes.Source?.[0];
    expect(source?.id).toMatch(/^src-[0-9a-f]{16}$/);
    expect(rels[0]).toMatchObject({
      from: 'ALB',
      signedOn: '2000-12-12',
      consentOn: '2002-08-21',
      consentType: 'ratification',
      source: source?.id,
      asOf: '2014-01-27',
    });
    expect(rels[0] && 'quote' in rels[0] ? rels[0].quote : undefined).toMatch(
      /^Albania,ALB,2000-12-12,2002-08-21,/,
    );
  });

  it('leaves the type out where the CSV leaves it empty', () => {
    const { document: later } = readStatusTable(
      `${DIR}${UNTC_2014_FILES.traffickingProtocolPost2014}`,
      options,
    );
    expect(parties(later)).toHaveLength(2);
    expect(parties(later)[0]).not.toHaveProperty('consentType');
    expect(parties(later)[0]).toMatchObject({ from: 'AFG', consentOn: '2014-08-14' });
  });
});

describe('parseStatusTable (CSV)', () => {
  it('matches header names loosely and reads suffixed UNTC dates', () => {
    const { document } = parseText(
      'Participant,Signature,"Ratification, Accession(a), Succession(d)"\n' +
        'Albania,12 Dec 2000,21 Aug 2002\n' +
        '"Bolivia (Plurinational State of)",,18 May 2006 a\n',
    );
    expect(parties(document)).toEqual([
      expect.objectContaining({ from: 'ALB', consentType: 'ratification' }),
      expect.objectContaining({ from: 'BOL', consentOn: '2006-05-18', consentType: 'accession' }),
    ]);
  });
});

describe('parseStatusTable (pasted UNTC text)', () => {
  const pasted = [
    'Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)',
    'Albania \t12 Dec 2000 \t21 Aug 2002',
    'Afghanistan\t\t14 Aug 2014 a',
    'Finland\t12 Dec 2000\t7 Sep 2006 A',
    'European Union\t12 Dec 2000\t6 Sep 2006 AA',
    'Montenegro3\t\t23 Oct 2006 d',
    'Serbia 7\t12 December 2000\t6 Sep 2001',
    'Japan\u00b9\t9 Dec 2002',
    'Germany    12 Dec 2000    2006-06-14',
  ].join('\n');
  const { document, notes } = parseText(pasted);
  const byCode = Object.fromEntries(parties(document).map((r) => [r.from, r]));

  it('reads the suffixes', () => {
    expect(byCode.ALB).toMatchObject({ consentOn: '2002-08-21', consentType: 'ratification' });
    expect(byCode.AFG).toMatchObject({ consentOn: '2014-08-14', consentType: 'accession' });
    expect(byCode.AFG).not.toHaveProperty('signedOn');
    expect(byCode.FIN).toMatchObject({ consentType: 'acceptance' });
    expect(byCode.MNE).toMatchObject({ consentType: 'succession' });
    expect(notes).toEqual([]);
    expect(organizationParties(document)).toEqual([
      expect.objectContaining({ from: 'eu', consentOn: '2006-09-06', consentType: 'approval' }),
    ]);
  });

  it('strips footnote markers and reads long, short and ISO dates', () => {
    expect(byCode.SRB).toMatchObject({ signedOn: '2000-12-12', consentOn: '2001-09-06' });
    expect(byCode.JPN).toMatchObject({ signedOn: '2002-12-09' });
    expect(byCode.JPN).not.toHaveProperty('consentOn');
    expect(byCode.DEU).toMatchObject({ consentOn: '2006-06-14', consentType: 'ratification' });
    expect(Object.keys(byCode)).toHaveLength(7);
  });

  it('quotes the raw row', () => {
    expect(byCode.AFG).toMatchObject({ quote: 'Afghanistan\t\t14 Aug 2014 a' });
  });

  it('reports every issue at once, with line, field and candidates', () => {
    const issues = issuesOf(
      [
        'Albanai\t12 Dec 2000\t21 Aug 2002',
        'Algeria\t31 Feb 2001\t',
        'Albania\t\t9 Mar 2004 x',
      ].join('\n'),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_REFERENCE',
        file: 'pasted.txt',
        line: 1,
        field: 'participant',
        candidates: expect.arrayContaining(['Albania']),
      }),
      expect.objectContaining({ line: 2, field: 'signature' }),
      expect.objectContaining({ line: 3, field: 'consent' }),
    ]);
  });

  it('refuses a participant that is neither a state nor a registry organization, and an organization with an ISO code', () => {
    const issues = issuesOf(
      [
        'Atlantic Federation\t12 Dec 2000\t21 Aug 2002',
        'European Union\t12 Dec 2000\t6 Sep 2006 AA',
      ].join('\n'),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_REFERENCE',
        line: 1,
        field: 'participant',
        message: 'no state or organization named "Atlantic Federation"',
      }),
    ]);
    const csv = issuesOf(
      'participant_name,iso3,signature_date,consent_date\nEuropean Union,EUU,2000-12-12,2006-09-06\n',
      'table.csv',
    );
    expect(csv).toEqual([expect.objectContaining({ file: 'table.csv', line: 2, field: 'iso3' })]);
  });

  it('reads space-separated text whose header holds a comma, citing a source without a URL', () => {
    const { document } = parseStatusTable({
      instrument: 'untoc',
      source: { publisher: 'United Nations Treaty Collection' },
      asOf: '2014-01-27',
      file: 'spaces.txt',
      text: 'Participant    Signature    Ratification, Accession(a)\nAlgeria    12 Dec 2000    7 Oct 2002\n',
    });
    expect(document.nodes.Source).toEqual([
      { id: 'src-untc-status-untoc', publisher: 'United Nations Treaty Collection' },
    ]);
    expect(parties(document)).toEqual([
      expect.objectContaining({ from: 'DZA', to: 'untoc', source: 'src-untc-status-untoc' }),
    ]);
  });

  it('refuses an unknown instrument', () => {
    expect(() =>
      parseStatusTable({ ...options, instrument: 'untok', text: '', file: 'x.txt' }),
    ).toThrow(ImportError);
  });
});

describe('parseStatusTable (the status page pasted whole)', () => {
  const text = [
    'CHAPTER XVIII',
    'PENAL MATTERS',
    '12. a Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
    'New York, 15 November 2000',
    'Status as at : 27-01-2014 05:00:11 EDT',
    'Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)',
    'Albania\t12 Dec 2000\t21 Aug 2002',
    'Montenegro 2\t\t23 Oct 2006 d',
    '',
    'Notes:',
    '2 The former Yugoslavia signed the Protocol on 12 December 2000 and ratified it on 6 September 2001.',
  ].join('\n');
  const table = parseStatusTable({ text, file: 'page.txt' });

  it('takes the instrument and the date from the heading and stops at the notes', () => {
    expect(table.instrument).toBe('untoc-trafficking-protocol');
    expect(table.asOf).toBe('2014-01-27');
    expect(parties(table.document).map((r) => [r.from, r.to, r.asOf])).toEqual([
      ['ALB', 'untoc-trafficking-protocol', '2014-01-27'],
      ['MNE', 'untoc-trafficking-protocol', '2014-01-27'],
    ]);
  });

  it('declares the whole page complete as at its heading’s date', () => {
    expect(table.complete).toBe(true);
    expect(table.document.relationships).toContainEqual({
      type: 'COVERS',
      from: 'src-untc-status-untoc-trafficking-protocol',
      to: 'untoc-trafficking-protocol',
      asOf: '2014-01-27',
      complete: true,
    });
  });

  it('declares a table without the heading a cut unless told it is whole', () => {
    const csv = { instrument: 'untoc', asOf: '2014-01-27', file: 'cut.csv' };
    const cut = 'Participant,Signature,Ratification\nAlbania,12 Dec 2000,21 Aug 2002\n';
    const covers = (complete?: boolean) =>
      parseStatusTable({ ...csv, text: cut, ...(complete !== undefined && { complete }) })
        .document.relationships.filter((r) => r.type === 'COVERS')
        .map((r) => r.complete);
    expect(covers()).toEqual([false]);
    expect(covers(true)).toEqual([true]);
    expect(parseStatusTable({ text, file: 'page.txt', complete: false }).complete).toBe(false);
  });

  it('reads a withdrawal column of a CSV table', () => {
    const csv = parseStatusTable({
      instrument: 'rome-statute',
      asOf: '2025-03-05',
      file: 'rome.csv',
      text: 'Participant,Signature,Ratification,Withdrawal\nBurundi,13 Jan 1999,21 Sep 2004,27 Oct 2017\n',
    });
    expect(parties(csv.document)[0]).toMatchObject({ from: 'BDI', withdrawnOn: '2017-10-27' });
  });
});

describe('a UNTC page of a treaty the registry lacks', () => {
  const CRPD = [
    'CHAPTER IV',
    'HUMAN RIGHTS',
    '15. Convention on the Rights of Persons with Disabilities',
    'New York, 13 December 2006',
  ];
  const page = pastedUntcPage('4-15', CRPD);
  const { document, instrument } = parseStatusTable({ text: page, file: 'crpd.txt' });

  it('brings the treaty as an instrument named by its UNTC number, title and date', () => {
    expect(instrument).toBe('untc-iv-15');
    expect(document.nodes.Instrument).toEqual([
      {
        id: 'untc-iv-15',
        name: 'Convention on the Rights of Persons with Disabilities',
        kind: 'convention',
        adoptedOn: '2006-12-13',
        identifiers: ['untc:IV-15'],
      },
    ]);
    expect(parties(document)).toHaveLength(181);
    expect(parties(document).every((r) => r.to === 'untc-iv-15')).toBe(true);
  });

  it("reads the action letters the consent heading defines: the EU's formal confirmation", () => {
    expect(organizationParties(document)).toEqual([
      expect.objectContaining({
        from: 'eu',
        consentOn: '2010-12-23',
        consentType: 'formal_confirmation',
      }),
    ]);
    const byState = new Map(parties(document).map((r) => [r.from, r]));
    expect(byState.get('AFG')).toMatchObject({ consentType: 'accession' });
    expect(byState.get('ALB')).toMatchObject({ consentType: 'ratification' });
  });

  it('reports a letter the heading does not define, at its line', () => {
    const bad = page.replace(
      'Albania\t22 Dec 2009\t11 Feb 2013',
      'Albania\t22 Dec 2009\t11 Feb 2013 c',
    );
    const details = (() => {
      try {
        parseStatusTable({ text: bad.replace('Formal confirmation(c), ', ''), file: 'crpd.txt' });
      } catch (error) {
        if (error instanceof ImportError) return error.details;
      }
      return [];
    })();
    expect(details).toEqual([
      expect.objectContaining({
        line: 9,
        field: 'consent',
        message: '"c" after 2013-02-11 is no action letter of "Accession(a), Ratification"',
      }),
      expect.objectContaining({
        field: 'consent',
        message: expect.stringContaining('"c" after 2010-12-23'),
      }),
    ]);
  });

  it('asks for the instrument when the heading gives neither a registry title nor a number', () => {
    const text = page.replace('CHAPTER IV\n', '');
    expect(() => parseStatusTable({ text, file: 'crpd.txt' })).toThrow(
      expect.objectContaining({
        details: [expect.objectContaining({ field: 'instrument', file: 'crpd.txt' })],
      }),
    );
  });
});
