import { describe, expect, it } from 'vitest';
import { warmUpReader } from '../testing/signer-codes';
import { extractFromText } from './extract';

// The signatories an import would write: a declaration left for review writes none.
function written(text: string): string {
  const { declarations } = extractFromText(text, { file: 'case.txt', format: 'txt' });
  return declarations
    .filter((d) => !d.needsReview)
    .flatMap((d) => d.signatories.map((s) => s.code))
    .join(' ');
}

describe('a list of the states whose leaders met', () => {
  warmUpReader();

  it.each([
    [
      'Russian, adopted in the next sentence',
      'Итоги саммита\n\nВ Тегеране завершился саммит глав России, Ирана и Турции. Его итогом стало принятие совместного заявления по Сирии.',
      'RUS IRN TUR',
    ],
    [
      'English',
      'Summit ends\n\nThe summit of the heads of state of Ghana, Togo and Benin closed in Lome on Friday. It adopted a joint declaration on maritime security.',
      'GHA TGO BEN',
    ],
    [
      'Spanish, in the same sentence',
      'Cumbre\n\nLa cumbre de presidentes de Argentina, Brasil y Paraguay aprobó una declaración conjunta sobre energía.',
      'ARG BRA PRY',
    ],
    [
      'French, office-holders met, the statement two sentences later',
      "Rencontre à Berlin\n\nUne rencontre entre le président de la République de Pologne Andrzej Duda, le chancelier de la République fédérale d'Allemagne Olaf Scholz et le président de la République française Emmanuel Macron s'est tenue à Berlin. Les dirigeants ont parlé de sécurité. Les présidents ont adopté une déclaration commune.",
      'POL DEU FRA',
    ],
  ])('is its parties when the meeting adopted a statement (%s)', (_, text, codes) => {
    expect(written(text)).toBe(codes);
  });

  it('is no signer list when the meeting adopted nothing', () => {
    expect(
      written(
        'Итоги саммита\n\nВ Тегеране завершился саммит глав России, Ирана и Турции. Стороны обсудили положение в Сирии.',
      ),
    ).toBe('');
  });
});
