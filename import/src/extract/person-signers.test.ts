import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';
import { extractFromText } from './extract';

describe('leaders named as people sign for the states the text gives them', () => {
  warmUpReader();

  it('reads surnames by an adjective and office given once before the name', () => {
    expect(
      signerCodes(
        'Austrian Chancellor Karl Nehammer and Czech Prime Minister Petr Fiala met in Vienna on Friday.\n\nIn a joint statement, Nehammer and Fiala called for closer cooperation on energy.',
        { sorted: true },
      ),
    ).toBe('AUT CZE');
  });

  it('reads an adjective of two words before the office ("North Korean leader")', () => {
    expect(
      signerCodes(
        'Leaders sign joint document in Pyongyang\n\nNorth Korean leader Kim Jong Un and South Korean President Moon Jae-in signed a joint document after their talks.',
      ),
    ).toBe('PRK KOR');
  });

  it('reads a name given with "of <state>", "(<state>)" or "<state>\'s"', () => {
    expect(
      signerCodes(
        'Prime Minister Christopher Luxon of New Zealand welcomed Kishida (Japan) to Wellington.\n\nIn their joint statement, Mr. Luxon and Mr. Kishida reaffirmed their commitment to free trade.',
        { sorted: true },
      ),
    ).toBe('JPN NZL');
    expect(
      signerCodes(
        "Peru's Boluarte hosted the meeting.\n\nThe President of Chile, Gabriel Boric, also came.\n\nBoric and Boluarte signed a joint declaration on the border.",
        { sorted: true },
      ),
    ).toBe('CHL PER');
  });

  it('reads a name followed by its office and state, in German, French and Spanish', () => {
    expect(
      signerCodes(
        'Der polnische Präsident Andrzej Duda empfing Gitanas Nausėda, den Präsidenten Litauens.\n\nDuda und Nausėda unterzeichneten eine gemeinsame Erklärung zur Sicherheit.',
        { sorted: true },
      ),
    ).toBe('LTU POL');
    expect(
      signerCodes(
        'Le président sénégalais Bassirou Diomaye Faye a reçu le président ivoirien Alassane Ouattara.\n\nDans une déclaration commune, Faye et Ouattara ont réaffirmé leur attachement à la paix.',
        { sorted: true },
      ),
    ).toBe('CIV SEN');
    expect(
      signerCodes(
        'El presidente uruguayo Yamandú Orsi recibió a su homólogo paraguayo, Santiago Peña.\n\nOrsi y Peña firmaron una declaración conjunta sobre la hidrovía.',
        { sorted: true },
      ),
    ).toBe('PRY URY');
  });

  it("reads leaders named after a passive verb of signing or as a text's senders", () => {
    expect(
      signerCodes(
        'Die Erklärung zur Energiesicherheit wurde am Montag veröffentlicht.\n\nUnterschrieben wurde sie von der Präsidentin der Europäischen Zentralbank, Lena Berg, dem spanischen Ministerpräsidenten Pedro Sánchez und dem dänischen Regierungschef Lars Holm.',
        { sorted: true },
      ),
    ).toBe('DNK ESP');
    expect(
      signerCodes(
        'Brief an die Kommission\n\nUnterzeichner des Briefes sind der niederländische Ministerpräsident Karl Huber und die tschechische Ministerpräsidentin Eva Dvořák.',
        { sorted: true },
      ),
    ).toBe('CZE NLD');
    expect(
      signerCodes(
        'Déclaration sur le fleuve\n\nLa déclaration a été signée par le président sénégalais Macky Diallo et le président ivoirien Paul Kouassi.',
        { sorted: true },
      ),
    ).toBe('CIV SEN');
  });

  it('reads leaders who attended when the text counts as many signers', () => {
    expect(
      signerCodes(
        "Sommet régional à Lomé\n\nÉtaient présents le président béninois Paul Adjovi, le président nigérien Ali Moussa et le président burkinabè Jean Sawadogo. Les trois chefs d'État ont adopté une déclaration finale.",
        { sorted: true },
      ),
    ).toBe('BEN BFA NER');
    // Three attended, two adopted it: at most a candidate for review, which no import writes.
    const [fewer] = extractFromText(
      "Sommet régional à Lomé\n\nÉtaient présents le président béninois Paul Adjovi, le président nigérien Ali Moussa et le président burkinabè Jean Sawadogo. Les deux chefs d'État ont adopté une déclaration finale.",
      { file: 'case.txt', format: 'txt' },
    ).declarations;
    expect(fewer === undefined || fewer.needsReview).toBe(true);
  });

  it('takes no leaders named after a passive verb of something other than signing', () => {
    expect(
      signerCodes(
        'Statement on the river basin\n\nThe statement, signed by the basin authority, was welcomed by French President Paul Martin and Italian Premier Anna Rossi.',
      ),
    ).toBe('');
    expect(
      signerCodes(
        'Kritik an der Erklärung\n\nDie Erklärung wurde kritisiert von dem französischen Präsidenten Paul Martin und dem italienischen Premier Anna Rossi.',
      ),
    ).toBe('');
  });

  it('reads Russian names in any case', () => {
    expect(
      signerCodes(
        'Лидеры встретились в Ташкенте\n\nПрезидент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым.\n\nПо итогам встречи Токаев и Мирзиёев подписали совместное заявление.',
        { sorted: true },
      ),
    ).toBe('KAZ UZB');
  });

  it('takes no one who is only met, and no name the text does not tie to a state', () => {
    expect(
      signerCodes(
        'Italian Premier Anna Rossi held talks with Slovak Prime Minister Jan Novak and French President Paul Martin.\n\nA joint declaration issued after Rossi met Martin in Rome stressed their support for Europe.',
      ),
    ).toBe('');
    expect(
      signerCodes(
        'German Chancellor Olaf Scholz met Jean Dupont in Paris.\n\nIn a joint statement, Scholz and Dupont outlined their vision for Europe.',
      ),
    ).toBe('');
  });

  it('knows the leaders of import/reference/leaders.yaml by title and surname, or by a distinctive surname', () => {
    expect(
      signerCodes(
        'Joint statement on Ukraine\n\nStatement on Peace for Ukraine by Chancellor Merz, Prime Minister Frederiksen, President Stubb, as well as President Costa.\n\nThe Leaders welcomed the efforts of President Trump.',
      ),
    ).toBe('DEU DNK FIN');
    expect(
      signerCodes(
        'Scholz and Macron on Europe\n\nIn a joint statement, Scholz and Macron outlined their vision for Europe after talks in Paris.',
      ),
    ).toBe('DEU FRA');
  });

  it('reads leaders a declaration is "of", in Spanish', () => {
    expect(
      signerCodes(
        'Declaración conjunta de Alberto Fernández y Lula da Silva por la visita del presidente brasileño a Argentina\n\n1. Los Jefes de Estado reafirmaron su compromiso con el fortalecimiento de la democracia y con modelos de desarrollo basados en las capacidades productivas de ambos países.',
      ),
    ).toBe('ARG BRA');
  });

  it('reads leaders a declaration is "between"', () => {
    expect(
      signerCodes(
        'Joint declaration on closer relations\n\n29 August 2024\n\nJoint declaration between Prime Minister Keir Starmer and Chancellor Scholz on deepening the relations of their two countries. We are close partners in Europe and long-standing allies.',
      ),
    ).toBe('GBR DEU');
  });

  it('reads leaders after "the signatories are", however the sentence goes on', () => {
    expect(
      signerCodes(
        'Mercosul condena tentativa de golpe na Bolívia\n\nOs países do bloco assinaram uma nota conjunta. Entre os signatários estão, por exemplo, os presidentes Luiz Inácio Lula da Silva e o argentino Javier Milei, que nunca se cumprimentaram.',
        { sorted: true },
      ),
    ).toBe('ARG BRA');
  });

  it('reads leaders after an Italian passive of signing, each with an adjective or a state', () => {
    expect(
      signerCodes(
        "I leader europei firmano una dichiarazione sull'Ucraina\n\nIl testo è stato firmato dai presidenti di Francia Emmanuel Macron e di Finlandia Alexander Stubb, dai primi ministri italiano Giorgia Meloni e polacco Donald Tusk, nonché dal cancelliere tedesco Friedrich Merz.",
      ),
    ).toBe('FRA FIN ITA POL DEU');
  });
});
