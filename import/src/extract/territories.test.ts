import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const codes = (text: string) =>
  extractFromText(text, { file: 't.txt', format: 'txt' })
    .declarations.flatMap((d) => d.signatories.map((s) => s.code))
    .join(' ');

describe('customs territories named with their state', () => {
  it('reads "Hong Kong, China" and "Macao, China" as one member each, never China', () => {
    expect(
      codes(
        'Signatories to the statement were: Australia; Hong Kong, China; Japan; Macao, China; Chinese Taipei; and New Zealand.',
      ),
    ).toBe('AUS HKG JPN MAC TWN NZL');
  });

  it('keeps the list whole when the comma is the list’s own separator', () => {
    expect(
      codes('The statement was signed by Canada, Hong Kong, China, Singapore and Macao (China).'),
    ).toBe('CAN HKG SGP MAC');
  });

  it('still reads China named on its own', () => {
    expect(codes('The statement was signed by Japan, China and Singapore.')).toBe('JPN CHN SGP');
  });
});
