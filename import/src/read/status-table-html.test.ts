import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { parseStatusTable } from './status-table';
import { isHtmlStatusTable } from './status-table-html';
import { organizationParties, parties } from '../testing/parties';

const FIXTURES = fileURLToPath(new URL('../../fixtures/status/', import.meta.url));
const read = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8');

describe('a UNTC status page saved as HTML', () => {
  const file = `${FIXTURES}untc-trafficking-protocol.html`;
  const table = parseStatusTable({ text: read('untc-trafficking-protocol.html'), file });
  const byCode = Object.fromEntries(parties(table.document).map((r) => [r.from, r]));

  it('names its instrument and date in its heading', () => {
    expect(table.instrument).toBe('untoc-trafficking-protocol');
    expect(table.asOf).toBe('2014-01-27');
  });

  it('reads every participant with dates and consent types as printed', () => {
    expect(Object.keys(byCode).sort()).toEqual([
      'ALB',
      'ATG',
      'BOL',
      'CIV',
      'DZA',
      'FIN',
      'JPN',
      'KNA',
      'LAO',
      'MKD',
      'MNE',
      'NLD',
      'SRB',
      'SWZ',
      'TUR',
      'VNM',
    ]);
    expect(byCode.DZA).toMatchObject({
      signedOn: '2001-06-06',
      consentOn: '2004-03-09',
      consentType: 'ratification',
    });
    expect(byCode.ATG).toMatchObject({ consentOn: '2010-02-17', consentType: 'ratification' });
    expect(byCode.ATG).not.toHaveProperty('signedOn');
    expect(byCode.FIN).toMatchObject({ consentOn: '2006-09-07', consentType: 'acceptance' });
    expect(byCode.MNE).toMatchObject({ consentOn: '2006-10-23', consentType: 'succession' });
    expect(byCode.VNM).toMatchObject({ consentOn: '2012-06-08', consentType: 'accession' });
    expect(byCode.JPN).toEqual(expect.objectContaining({ signedOn: '2002-12-09' }));
    expect(byCode.JPN).not.toHaveProperty('consentOn');
  });

  it('sets footnote markers apart and quotes the row with the line of its <tr>', () => {
    expect(byCode.SRB).toMatchObject({ quote: 'Serbia\t12 Dec 2000\t6 Sep 2001' });
    const line = read('untc-trafficking-protocol.html')
      .split('\n')
      .findIndex((l) => l.includes('European Union<sup>'));
    expect(line).toBeGreaterThan(0);
    // The European Union's row, footnote marker set apart, is an organization's participation.
    expect(organizationParties(table.document)).toEqual([
      expect.objectContaining({
        from: 'eu',
        consentType: 'approval',
        quote: expect.stringMatching(/^European Union\t/) as unknown,
      }),
    ]);
    expect(table.notes).toEqual([]);
  });

  it('takes a withdrawal from the participant’s footnote', () => {
    const rome = parseStatusTable({ text: read('untc-rome-statute.html'), file: 'rome.html' });
    const withdrawn = parties(rome.document).filter((r) => r.withdrawnOn);
    expect(rome.instrument).toBe('rome-statute');
    expect(withdrawn.map((r) => [r.from, r.consentOn, r.withdrawnOn])).toEqual([
      ['BDI', '2004-09-21', '2017-10-27'],
      ['PHL', '2011-08-30', '2019-03-17'],
    ]);
    expect(parties(rome.document).find((r) => r.from === 'RUS')).not.toHaveProperty('withdrawnOn');
  });

  it('is told apart from a page without a status table', () => {
    expect(isHtmlStatusTable(read('untc-rome-statute.html'))).toBe(true);
    expect(
      isHtmlStatusTable('<html><body><table><tr><td>Minsk</td></tr></table></body></html>'),
    ).toBe(false);
  });

  it('asks for the instrument when its heading does not name one, and refuses a contradiction', () => {
    const headless = read('untc-rome-statute.html').replace(/<h3[^]*?<\/h3>/, '');
    const issues = (options: { instrument?: string }) => {
      try {
        parseStatusTable({
          text: headless.replace('CHAPTER XVIII', ''),
          file: 'x.html',
          ...options,
        });
      } catch (error) {
        if (error instanceof ImportError) return error.details.map((d) => d.message);
      }
      return [];
    };
    expect(issues({})).toEqual([expect.stringContaining('--instrument')]);
    expect(issues({ instrument: 'rome-statute' })).toEqual([]);
    const contradicted = () =>
      parseStatusTable({
        text: read('untc-rome-statute.html'),
        file: 'x.html',
        instrument: 'untoc',
      });
    expect(contradicted).toThrow(ImportError);
  });
});

it("brings a treaty the registry lacks from the saved page's header block", () => {
  const page = read('untc-rome-statute.html')
    .replaceAll('Rome Statute of the International Criminal Court', 'Statute of a Court Not Listed')
    .replace('10.&nbsp;', '99.&nbsp;');
  const table = parseStatusTable({ text: page, file: 'page.html' });
  expect(table.instrument).toBe('untc-xviii-99');
  expect(table.document.nodes.Instrument).toEqual([
    {
      id: 'untc-xviii-99',
      name: 'Statute of a Court Not Listed',
      kind: 'convention',
      adoptedOn: '1998-07-17',
      identifiers: ['untc:XVIII-99'],
    },
  ]);
  expect(parties(table.document).every((r) => r.to === 'untc-xviii-99')).toBe(true);
});
