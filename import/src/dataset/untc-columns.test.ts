import { expect, it } from 'vitest';
import { untcCell } from './untc-cell';
import { untcColumns } from './untc-columns';
import { untcTitle } from './untc-mtdsg';

it('reads a date cell with its action letter', () => {
  expect(untcCell('23 Jun 1993 a')).toEqual({ date: '1993-06-23', letter: 'a' });
  expect(untcCell('5 Sept 2000')).toEqual({ date: '2000-09-05' });
  expect(untcCell('12 Aug 2011 AA')).toEqual({ date: '2011-08-12', letter: 'AA' });
  expect(untcCell('')).toBeUndefined();
  expect(untcCell('34 (I)')).toBe('invalid');
  expect(untcCell('31 Feb 2000')).toBe('invalid');
});

it('gives each column of every table shape its role and letters', () => {
  const roles = (headings: string[]) => untcColumns(headings).map((c) => c.role);
  expect(roles(['Participant'])).toEqual([]);
  expect(roles(['Participant', 'Application'])).toEqual(['consent']);
  expect(
    roles(['Participant', 'Signature', 'Provisional application(n)', 'Ratification, Accession(a)']),
  ).toEqual(['signature', 'provisional', 'consent']);
  expect(
    roles([
      'Participant',
      'Signature',
      'Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)',
      'Notification under article 25',
    ]),
  ).toEqual(['signature', 'consent', 'other']);
  const [, consent] = untcColumns([
    'Participant',
    'Signature',
    'Definitive signature(s), Ratification, Accession(a), Succession(d)',
  ]);
  expect(consent?.letters).toEqual({ s: 'definitive_signature', a: 'accession', d: 'succession' });
  expect(consent?.plain).toBe('ratification');
  expect(
    roles([
      'Participant',
      'Resolution',
      'Date of Adoption',
      'Registration Date',
      'Registration Number',
      'UNTS Volume',
      'UNTS Page',
    ]),
  ).toEqual(['other', 'other', 'other', 'other', 'other', 'other']);
});

it('splits an index title from its place and date of adoption', () => {
  expect(untcTitle('Convention on the Rights of the Child. New York, 20 November 1989')).toEqual({
    name: 'Convention on the Rights of the Child',
    adoptedOn: '1989-11-20',
  });
  expect(
    untcTitle('Declarations recognizing as compulsory the jurisdiction. 15 October 1946'),
  ).toEqual({
    name: 'Declarations recognizing as compulsory the jurisdiction',
    adoptedOn: '1946-10-15',
  });
  expect(untcTitle('A title without a date')).toEqual({ name: 'A title without a date' });
});

it('gives a letter after words that name no way of consenting its usual meaning', () => {
  const [consent] = untcColumns([
    'Participant',
    'Definitive signature of the Protocol, Acceptance ipso facto by virtue of article 10 (1) of the Convention, as amended(A), Notification in respect of the Agreement as amended(d)',
  ]);
  expect(consent?.letters).toEqual({ A: 'acceptance', d: 'succession' });
  expect(consent?.plain).toBe('definitive_signature');
  const [, confirmed] = untcColumns([
    'Participant',
    'Signature ad referendum (s)',
    'Definitive signature(s), Confirmation of signature',
  ]);
  expect(confirmed?.plain).toBe('definitive_signature');
});
