import { describe, expect, it } from 'vitest';
import { instrumentFromHeadings, untcHeading } from './status-table-title';

describe('untcHeading', () => {
  it('reads chapter, number, title and the date on the next line of a pasted page', () => {
    const lines = [
      'CHAPTER IV',
      'HUMAN RIGHTS',
      '15 . Convention on the Rights of Persons with Disabilities',
      'New York, 13 December 2006',
    ];
    expect(untcHeading(lines)).toEqual({
      reference: 'IV-15',
      title: 'Convention on the Rights of Persons with Disabilities',
      adoptedOn: '2006-12-13',
    });
  });

  it('reads a lettered number and a place and date inline after the title', () => {
    const lines = [
      'CHAPTER XXVII',
      '7. d Paris Agreement. Paris, 12 December 2015',
      'Status as at : 01-02-2026',
    ];
    expect(untcHeading(lines)).toEqual({
      reference: 'XXVII-7-d',
      title: 'Paris Agreement',
      adoptedOn: '2015-12-12',
    });
  });

  it('takes the date from a header block that runs the title and its place together', () => {
    const lines = [
      'CHAPTER XXVI DISARMAMENT 9. Treaty on the Prohibition of Nuclear Weapons New York, 7 July 2017',
      '9. Treaty on the Prohibition of Nuclear Weapons',
    ];
    expect(untcHeading(lines)).toEqual({
      reference: 'XXVI-9',
      title: 'Treaty on the Prohibition of Nuclear Weapons',
      adoptedOn: '2017-07-07',
    });
  });

  it('gives nothing without a chapter or a numbered title, and no date it cannot read', () => {
    expect(untcHeading(['15. Convention on the Rights of Persons with Disabilities'])).toBe(
      undefined,
    );
    expect(untcHeading(['CHAPTER IV', 'HUMAN RIGHTS'])).toBe(undefined);
    expect(
      untcHeading(['CHAPTER IV', '3. International Covenant', 'Entry into force: 1976']),
    ).toEqual({ reference: 'IV-3', title: 'International Covenant' });
  });

  it('still names registry instruments by chapter and number', () => {
    expect(instrumentFromHeadings(['CHAPTER XVIII', '12. a Some other title'])).toBe(
      'untoc-trafficking-protocol',
    );
  });
});
