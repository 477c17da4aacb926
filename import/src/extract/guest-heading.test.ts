import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const codes = (text: string) =>
  extractFromText(text, { file: 'summit.txt', format: 'txt' })
    .declarations.filter((d) => !d.needsReview)
    .flatMap((d) => d.signatories.map((s) => s.code));

// The first reading of a text builds the name indexes: seconds on a loaded machine.
describe('a block of office lines under a heading of guests', { timeout: 30_000 }, () => {
  it('gives no signers, while the block of members above it does', () => {
    const text = [
      'Communiqué final',
      '',
      'Étaient présents au sommet, les chefs d’État ci-après :',
      '',
      'E.M. Jean Dupont, Président de la République du Niger',
      '',
      'E.M. Paul Martin, Président du Burkina Faso',
      '',
      'Les chefs d’État ont également invité à leurs travaux :',
      '',
      'E.M. Luc Bernard, Président de la République du Sénégal',
      '',
      'Les chefs d’État ont adopté le présent communiqué.',
    ].join('\n');
    expect(codes(text)).toEqual(['NER', 'BFA']);
  });
});
