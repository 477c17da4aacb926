import { describe, expect, it } from 'vitest';
import {
  countedParties,
  groupSize,
  lateralParties,
  namesTwoParties,
  numberWord,
  standingCount,
  statedCount,
} from './counts';

describe('statedCount', () => {
  it.each([
    ['Belarus together with 19 countries adopted the statement.', 20],
    ['delivered on behalf of the following 45 participating States:', 45],
    ['Canada, on behalf of a group of 45 countries, delivered it.', 45],
    ['Thirteen countries issued a joint appeal.', 13],
    ['Twenty-two states have signed the declaration.', 22],
    ['Беларусь вместе с 14 государствами выступила с заявлением.', 15],
    ['The United States and 60 partners from around the globe launched the Declaration.', 61],
    ['A statement was endorsed by 25 of the 27 EU member states.', 25],
    ["Vingt-six des 27 États membres de l'Union européenne adoptent une déclaration.", 26],
    ['El texto obtuvo el respaldo de 59 de los 60 países de la cumbre.', 59],
    ['Bangladesh and six other countries of South Asia have agreed on measures.', 7],
    ['Nach Darstellung der Minister zählen die fünf Unterzeichner zu den Erzeugern.', 5],
    ["Réunis à Dakar, les quatre chefs d'État ont ensuite adopté un communiqué.", 4],
    ['Die fünf Staats- und Regierungschefs unterzeichneten am Abend die Erklärung.', 5],
    ['Los tres presidentes firmaron la declaración de Quito.', 3],
    ['Sul tema i quattro Paesi hanno diffuso una dichiarazione congiunta.', 4],
    ['«Представители пяти стран заявили, что дверь остаётся открытой».', 5],
    ['In einem Schreiben an ihre Amtskollegen warnen acht Finanzminister davor.', 8],
    ['In a joint letter to the Commission, nine leaders urge a debate.', 9],
    ["I nove leader hanno chiesto all'Unione europea di fare di più.", 9],
    ['The nine leaders urged the Commission to act.', 9],
    ['Die sechs Staaten gaben anschließend eine gemeinsame Erklärung heraus.', 6],
  ])('%s → %i', (sentence, count) => {
    expect(statedCount(sentence)?.count).toBe(count);
  });

  it.each([
    ['Sem mencionar os EUA, 58 países condenam ataques no Caribe', 58],
    ['25 Außenminister drängen auf Ende des Krieges', 25],
    ['Vingt-cinq pays exigent la fin de la guerre', 25],
  ])('standingCount: %s → %i', (sentence, count) => {
    expect(standingCount(sentence)?.count).toBe(count);
    expect(statedCount(sentence)).toBeUndefined();
  });

  it('ignores counted leaders who do not sign in the same clause', () => {
    expect(statedCount("Les trois chefs d'État sont arrivés. Le texte a été adopté.")).toBe(
      undefined,
    );
    expect(statedCount('Die sechs Präsidenten trafen sich in Prag.')).toBe(undefined);
  });

  it('ignores numbers of countries that do not sign', () => {
    expect(statedCount('The report covers 141 countries and a network of 40 countries.')).toBe(
      undefined,
    );
  });
});

describe('numberWord', () => {
  it('reads small French, German and Spanish number words', () => {
    expect(['trois', 'sechs', 'cuatro', 'douze'].map(numberWord)).toEqual([3, 6, 4, 12]);
  });

  it('reads digits and English number words', () => {
    expect(['22', 'nineteen', 'twenty-two', 'forty', 'many'].map(numberWord)).toEqual([
      22,
      19,
      22,
      40,
      undefined,
    ]);
  });

  it.each([
    ['vingt-six', 26],
    ['Quarante-quatre', 44],
    ['veintiséis', 26],
    ['vinte e seis', 26],
    ['sechsundzwanzig', 26],
    ['einundzwanzig', 21],
    ['ventisei', 26],
    ['ventuno', 21],
    ['trentatré', 33],
    ['vingtaine', undefined],
  ])('reads the tens of other languages: %s', (word, n) => {
    expect(numberWord(word)).toBe(n);
  });
});

describe('groupSize', () => {
  it.each([
    ['Nordisches Acht-Staaten-Bündnis gewinnt neue Verbündete', 8],
    ['the eight-nation group issued a paper', 8],
    ['a 12-country coalition', 12],
    ['the two-state solution', undefined],
    ['a nation-wide alliance', undefined],
  ])('reads the size a group is named by: %s', (sentence, n) => {
    expect(groupSize(sentence)).toBe(n);
  });
});

describe('namesTwoParties', () => {
  it.each([
    'The two ministers issued a joint statement.',
    'Die beiden Hauptstädte wollen enger zusammenarbeiten.',
    'Le document renforce les liens entre les deux capitales.',
    'Документ придаст отношениям двух столиц новый статус.',
    'Los dos mandatarios firmaron el comunicado.',
  ])('reads a bilateral text in "%s"', (sentence) => {
    expect(namesTwoParties(sentence)).toBe(true);
  });

  it('reads no pair in a count of more parties', () => {
    expect(namesTwoParties('The three ministers issued a joint statement.')).toBe(false);
  });
});

describe('countedParties', () => {
  const aboutText = (s: string) => /joint|conjoint|совместн|gemeinsam/iu.test(s);
  it.each([
    ['un communiqué conjoint des ministres des Affaires étrangères des trois pays', 3],
    ['a joint statement of the four countries', 4],
    ['совместное заявление министров трёх стран', 3],
    ['die gemeinsame Erklärung der drei Staaten', 3],
    ['un communiqué conjoint des ambassadeurs des pays du quintette (A, B, C, D et E)', 5],
    ['a joint statement of the Quartet envoys', 4],
  ])('counts "%s" as %i', (sentence, n) => {
    expect(countedParties(sentence, aboutText)).toBe(n);
  });

  it('counts nothing in a sentence about no joint text, or without the definite phrase', () => {
    expect(countedParties('The three countries met in Lodz.', aboutText)).toBeUndefined();
    expect(countedParties('A joint statement of three countries.', aboutText)).toBeUndefined();
    expect(countedParties('The quintet met the speaker of parliament.', aboutText)).toBeUndefined();
  });
});

describe('lateralParties', () => {
  it('counts three parties in "trilateral" and four in "quadrilateral", in several languages', () => {
    expect(lateralParties('Trilateral Strategic Dialogue Joint Statement')).toBe(3);
    expect(lateralParties('un sommet trilatéral à Paris')).toBe(3);
    expect(lateralParties('трёхсторонняя встреча')).toBe(3);
    expect(lateralParties('the Quadrilateral Security Dialogue')).toBe(4);
    expect(lateralParties('a bilateral meeting')).toBeUndefined();
  });
});
