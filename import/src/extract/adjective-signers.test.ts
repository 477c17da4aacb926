import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';

describe('adjectives of nationality that name the signers', () => {
  warmUpReader();

  it('reads a Russian compound before the statement it names, in any case', () => {
    expect(
      signerCodes(
        'Казахстанско-узбекское совместное заявление\n\nСтороны договорились расширять торговлю.',
      ),
    ).toBe('KAZ UZB');
    expect(
      signerCodes(
        'Президенты подписали Совместное монгольско-вьетнамское заявление о всеобъемлющем партнёрстве.',
      ),
    ).toBe('MNG VNM');
  });

  it('reads no compound that is not a statement’s', () => {
    expect(
      signerCodes(
        'Совместное заявление\n\nСтороны обсудили российско-китайскую торговлю и туризм.',
      ),
    ).toBe('');
  });

  it('reads leaders named each with an adjective and an office, then a verb, in any language', () => {
    expect(
      signerCodes(
        'In the joint declaration, Ana Lind, the Swedish Prime Minister, Jon Berg, the Norwegian Prime Minister, and Eva Holm, the Danish Prime Minister, stated that they would cooperate.',
      ),
    ).toBe('SWE NOR DNK');
    expect(
      signerCodes(
        'En la declaración conjunta, el presidente chileno, Juan Soto, y el presidente peruano, Luis Rojas, afirmaron su compromiso.',
      ),
    ).toBe('CHL PER');
  });

  it('reads a chain of adjectives after the governments that signed a letter', () => {
    expect(
      signerCodes(
        "Neuf pays européens contre la Cour\n\nBien qu'ils appartiennent à des familles politiques différentes, les gouvernements italien, danois, belge, letton et tchèque ont apposé leur signature, le 22 mai, au bas d'une lettre ouverte qui critique la jurisprudence de la Cour en matière de migrations.",
      ),
    ).toBe('ITA DNK BEL LVA CZE');
  });

  it('reads one office, then each holder by adjective and name, then what they say', () => {
    const letter =
      "Dans une lettre envoyée au secrétaire général de l'ONU, les trois ministres menacent de rétablir les sanctions contre l'Iran si aucun accord n'est trouvé avant la fin du mois d'août.";
    expect(
      signerCodes(
        `${letter} Les chefs de la diplomatie allemande Johann Wadephul, française Jean-Noël Barrot et britannique David Lammy assurent rester engagés en faveur d'une solution diplomatique.`,
      ),
    ).toBe('DEU FRA GBR');
    expect(
      signerCodes(
        `${letter} Les chefs de la diplomatie allemande Johann Wadephul, française Jean-Noël Barrot et britannique David Lammy se rendront à Genève la semaine prochaine pour une réunion.`,
      ),
    ).toBe('');
  });

  it('reads no single leader, and no leaders who said nothing', () => {
    expect(
      signerCodes(
        'The declaration was adopted at the invitation of the Swedish Prime Minister, Ana Lind, and the Norwegian Prime Minister, Jon Berg, in Oslo.',
      ),
    ).toBe('');
  });
});
