import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';
import { headingAbove } from './heading-lead';

// The first reading of a text builds the name indexes: seconds on a loaded machine.
describe('a short heading broken off the line it leads', { timeout: 30_000 }, () => {
  it('is the lead of the sentence below it', () => {
    const text = 'Trade\nCOMMUNICATION\nFROM CHILE; PERU';
    expect(headingAbove(text, text.indexOf('FROM'))).toBe('COMMUNICATION\n');
  });

  it('is nothing when the line above closes, is long, or the sentence does not open its line', () => {
    const closed = 'They met.\nFrom Chile';
    expect(headingAbove(closed, closed.indexOf('From'))).toBe('');
    const long = 'The ministers of the region met today\nFrom Chile';
    expect(headingAbove(long, long.indexOf('From'))).toBe('');
    const inside = 'COMMUNICATION\nWe, FROM CHILE';
    expect(headingAbove(inside, inside.indexOf('FROM'))).toBe('');
  });

  it('takes a co-sponsor block in capitals, with names in lower case and broken over lines', () => {
    const text = [
      'STATEMENT ON FISHERIES SUBSIDIES',
      'COMMUNICATION',
      'FROM CHILE; ICELAND; kyrgyz republic; LAO PEOPLE’S',
      'DEMOCRATIC REPUBLIC; NORWAY; UNITED',
      'KINGDOM; AND URUGUAY',
      'The following communication is circulated at the request of the above delegations.',
      '1. We reaffirm our support for the multilateral trading system.',
    ].join('\n');
    const { declarations } = extractFromText(text, { file: 'wto.txt', format: 'txt' });
    const written = declarations.filter((d) => !d.needsReview);
    expect(written.flatMap((d) => d.signatories.map((s) => s.code))).toEqual([
      'CHL',
      'ISL',
      'KGZ',
      'LAO',
      'NOR',
      'GBR',
      'URY',
    ]);
  });

  it('reads no lower-case word of prose as a state', () => {
    const text =
      'Joint statement\n\nThe statement was signed by Chile, Peru and Ghana; turkey, chad and jordan were served at lunch.';
    const { declarations } = extractFromText(text, { file: 'x.txt', format: 'txt' });
    expect(declarations.flatMap((d) => d.signatories.map((s) => s.code))).toEqual([
      'CHL',
      'PER',
      'GHA',
    ]);
  });
});
