import { describe, expect, it } from 'vitest';
import { stateOfAdjective } from '../resolve/demonyms';
import { italianForms } from '../resolve/italian-forms';
import { agreeingName, isLoneAdjective } from '../resolve/portuguese-names';
import { absoluteDate } from './dates';
import { extractFromText } from './extract';
import { textLanguage } from './language';

const codes = (text: string) =>
  extractFromText(text, { file: 't.txt', format: 'txt' })
    .declarations.filter((d) => !d.needsReview)
    .flatMap((d) => d.signatories.map((s) => s.code));

describe('Portuguese and Italian statements', () => {
  it('tells Portuguese and Italian from Spanish and French', () => {
    expect(
      textLanguage('Os governos de Portugal e do Brasil assinaram uma declaração pela paz.'),
    ).toBe('pt');
    expect(
      textLanguage(
        'I ministri degli Esteri della Francia e della Germania hanno firmato il testo.',
      ),
    ).toBe('it');
    expect(
      textLanguage('Los gobiernos de Chile y del Perú firmaron una declaración por la paz.'),
    ).toBe('es');
  });

  it('makes a formal name agree and drops a lone adjective', () => {
    expect(agreeingName('República português')).toBe('República Portuguesa');
    expect(isLoneAdjective('Portuguesa', ['Portugal'])).toBe(true);
    expect(isLoneAdjective('Andorra', ['Andorra'])).toBe(false);
  });

  it('reads dates in both languages', () => {
    expect(absoluteDate('5 de maio de 2024', 'pt')).toBe('2024-05-05');
    expect(absoluteDate('5 maggio 2024', 'it')).toBe('2024-05-05');
  });

  it('takes the states after office-holders heading a Portuguese clause, with contractions', () => {
    expect(
      codes(
        'Declaração de Lisboa\n\n1. Os Chefes de Estado e de Governo da República de Angola, da República Portuguesa e da República de Moçambique reuniram-se em Lisboa.',
      ),
    ).toEqual(['AGO', 'PRT', 'MOZ']);
  });

  it('does not read the language of "Língua Portuguesa" as Portugal', () => {
    expect(
      codes(
        'Comunicado Final da Reunião da Comunidade dos Países de Língua Portuguesa\n\nOs Ministros debateram a cooperação.',
      ),
    ).toEqual([]);
  });

  it('takes the states after Italian office-holders heading a clause', () => {
    expect(
      codes(
        'Dichiarazione congiunta\n\nNoi, Ministri degli Esteri di Francia, Germania e Italia, ci siamo incontrati oggi con il ministro della Russia.',
      ),
    ).toEqual(['FRA', 'DEU', 'ITA']);
  });

  it('inflects Italian adjectives of nationality', () => {
    expect(italianForms('tedesco')).toContain('tedeschi');
    expect(italianForms('francese')).toEqual(['francese', 'francesi']);
    expect(stateOfAdjective('italiani', 'it')).toBe('ITA');
    expect(stateOfAdjective('britannica', 'it')).toBe('GBR');
  });

  it("takes Italian adjectives after the signers' office when they signed", () => {
    expect(
      codes('I governi italiano e francese hanno firmato una dichiarazione congiunta sulla Libia.'),
    ).toEqual(['ITA', 'FRA']);
    expect(codes('I governi italiano e francese discutono della Libia.')).toEqual([]);
  });

  it('reads "em nome de" and "a nome di" with contracted articles', () => {
    expect(
      codes('Esta declaração é proferida em nome de Angola, do Brasil e de Moçambique.'),
    ).toEqual(['AGO', 'BRA', 'MOZ']);
    expect(
      codes("Questa dichiarazione è resa a nome dell'Italia, della Francia e della Germania."),
    ).toEqual(['ITA', 'FRA', 'DEU']);
  });
});
