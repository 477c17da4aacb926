import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const codes = (text: string) =>
  extractFromText(text, { file: 'title.txt', format: 'txt' })
    .declarations.filter((d) => !d.needsReview)
    .flatMap((d) => d.signatories.map((s) => s.code))
    .join(' ');

// The first reading of a text builds the name indexes: seconds on a loaded machine.
describe(
  'a joint text whose title joins its parties by dashes after the kind of text',
  { timeout: 30_000 },
  () => {
    it.each([
      [
        'fr',
        'Déclaration commune Chili-Pérou-Colombie des ministres des Affaires étrangères\n\nLe 3 mai 2022 – Lima\n\nLes ministres ont publié aujourd’hui la déclaration suivante : « Nous condamnons l’invasion de l’Ukraine par la Russie. »',
        'CHL PER COL',
      ],
      [
        'es',
        'Declaración conjunta Argentina–Uruguay\n\nLos cancilleres se reunieron hoy en Montevideo y condenaron los ataques contra Ucrania.',
        'ARG URY',
      ],
    ])('takes the parties of a title in %s', (_language, text, want) => {
      expect(codes(text)).toBe(want);
    });

    it('takes no dash-joined states that a title is about', () => {
      expect(
        codes('Talks on the Chile-Peru border\n\nThe ministers discussed the border with Bolivia.'),
      ).toBe('');
    });
  },
);
