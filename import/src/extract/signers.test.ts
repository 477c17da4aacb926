import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

function signers(text: string): string {
  const [declaration] = extractFromText(text, { file: 'case.txt', format: 'txt' }).declarations;
  if (!declaration) return '';
  const marks = [
    declaration.partial ? 'partial' : '',
    ...declaration.nonStateSignatories.map((s) => `+${s.id ?? s.name}`),
  ];
  return [...declaration.signatories.map((s) => s.code), ...marks].filter(Boolean).join(' ');
}

describe('who signed', () => {
  it.each([
    [
      'The joint statement was signed by the foreign ministers of Japan, Australia and India.',
      'JPN AUS IND',
    ],
    ['The declaration, adopted in Paris by France and Germany, calls for restraint.', 'FRA DEU'],
    [
      'Joint Statement by the Foreign Ministers of Australia, Japan and the United States',
      'AUS JPN USA',
    ],
    ['The following countries have signed the declaration: Chile, Peru.', 'CHL PER'],
    ['It was co-sponsored by Mexico,Costa Rica and Panama.', 'MEX CRI PAN'],
    ['Belarus together with 19 countries adopted a joint statement.', 'BLR partial'],
    [
      'The statement, signed by 40 countries including France, Germany and Italy, condemned Russia.',
      'FRA DEU ITA partial',
    ],
    // Undated, the Union is read as it is today.
    [
      'This statement is delivered on behalf of the European Union and its Member States.',
      'BEL DEU FRA ITA LUX NLD DNK IRL GRC ESP PRT AUT FIN SWE CYP CZE EST HUN LVA LTU MLT POL SVK SVN BGR ROU HRV +eu',
    ],
    ['I speak on behalf of the Group of 77 and China.', ''],
    ['The Holy See, Viet Nam, the Lao PDR and the DPRK signed the declaration.', 'VAT VNM LAO PRK'],
    [
      'The declaration was signed by the former Yugoslav Republic of Macedonia, the State of Palestine and Bolivia (Plurinational State of).',
      'MKD PSE BOL',
    ],
    [
      'Die Erklärung wurde von Deutschland, Frankreich und Italien unterzeichnet. Die Staaten sind der Meinung, dass die Lage ernst ist.',
      'DEU FRA ITA',
    ],
    [
      "La déclaration a été signée par la France, l'Allemagne et l'Italie. Le texte est important et les pays sont d'accord.",
      'FRA DEU ITA',
    ],
    [
      'Deutschland, Frankreich und Polen haben am Montag in Rom eine gemeinsame Erklärung unterzeichnet. Die Staaten sind der Meinung, dass die Lage ernst ist.',
      'DEU FRA POL',
    ],
    [
      'We, the G7 Foreign Ministers of Canada, France and Japan, reiterate our concern in this statement.',
      'CAN FRA JPN',
    ],
    [
      'In a joint letter, the permanent representatives of Algeria and Guyana called for a ceasefire.',
      'DZA GUY',
    ],
    [
      'The communique was backed by most of the 92 countries that attended, including Chile and Ghana.',
      'CHL GHA partial',
    ],
    [
      'Some 61 countries, including Kenya and Ukraine, endorsed a "blueprint for action" on Tuesday.',
      'KEN UKR partial',
    ],
    [
      'A joint statement on behalf of 3 countries was delivered by Brazil: Brazil, Chile and Peru.',
      'BRA CHL PER',
    ],
    ['The Russian and Chinese presidents signed a joint statement on Friday.', 'RUS CHN'],
    [
      'The German and French foreign ministers said in a joint statement on Monday that they stand by Ukraine.',
      'DEU FRA',
    ],
    ['Gemeinsame Presseerklärung des deutschen und des französischen Außenministers', 'DEU FRA'],
    ['Déclaration commune des ministres français et allemand des Affaires étrangères', 'FRA DEU'],
    ['Los cancilleres argentino y brasileño firmaron hoy una declaración conjunta.', 'ARG BRA'],
    ['Russian-Chinese Joint Statement on Global Strategic Stability', 'RUS CHN'],
    ['Gemeinsame deutsch-französische Erklärung zur Ukraine', 'DEU FRA'],
    ['Declaración conjunta argentino-chilena sobre la Antártida', 'ARG CHL'],
    [
      'Delivered by the United Kingdom on behalf of the Core Group on Sri Lanka (Canada, Malawi and the United Kingdom).',
      'CAN MWI GBR',
    ],
    [
      'Los gobiernos de Chile, Colombia y Honduras suscriben la siguiente declaración conjunta sobre Haití. Los firmantes agradecen el ofrecimiento de Kenia.',
      'CHL COL HND',
    ],
    [
      'Министры иностранных дел России, Китая и Пакистана по итогам встречи в Нью-Йорке приняли совместное заявление. Стороны призвали США к ответственности.',
      'RUS CHN PAK',
    ],
    [
      'Trilateral Memorandum\n\nMadrid, 28 June 2022\n\n1. The parties confirm that they will extend their full support to each other in this memorandum.\n\nFor the Republic of Türkiye\nMevlüt Çavuşoğlu\n\nFor the Kingdom of Sweden\nAnn Linde',
      'TUR SWE',
    ],
  ])('%s → %s', (text, expected) => {
    expect(signers(text)).toBe(expected);
  });
});

describe('who did not sign', () => {
  it.each([
    ['Russia and China opposed the statement.', ''],
    [
      'The declaration was supported by the United States, while Russia and China voted against it.',
      'USA',
    ],
    [
      'Japan, the Republic of Korea and the United States issued a joint statement on North Korea.',
      'JPN KOR USA',
    ],
    [
      'Qatar hosted the meeting in Doha, where Egypt, Jordan and Saudi Arabia signed the declaration.',
      'EGY JOR SAU',
    ],
    [
      'The joint declaration was adopted by Georgia and Armenia in Tbilisi, Georgia, on the situation in Azerbaijan.',
      'GEO ARM',
    ],
    [
      'The statement was endorsed by Chile and Peru, with Bolivia and Ecuador participating as observers.',
      'CHL PER',
    ],
    ['Spain and Portugal joined as observers the statement of Chile.', ''],
    [
      'The statement was signed by Mexico and Guatemala and welcomed by the United States.',
      'MEX GTM',
    ],
    ['The United States and China did not join the statement.', ''],
    [
      'A joint statement was adopted by Chile and Peru. Last year, a similar statement was signed by Bolivia.',
      'CHL PER',
    ],
    [
      'The trade agreement was signed by Russia and China. The statement was adopted by Chile.',
      'CHL',
    ],
    [
      'Canada, on behalf of a group of 45 countries, delivered a joint statement on the situation in Xinjiang, China.',
      'CAN partial',
    ],
    ['For Finland, the statement adopted by Sweden is a relief.', 'SWE'],
    [
      'The statement criticised the American and British alliance. The French and German leaders are expected to comment on the statement.',
      '',
    ],
    ['The Congolese and Russian ministers signed a joint statement.', ''],
    [
      'Eighty countries put their names to the joint communique of the Switzerland peace summit.',
      '',
    ],
    ['The Chinese-made statement was criticised by the Sino-Soviet press.', ''],
    [
      'Die deutsche und die französische Regierung lehnen die Erklärung der russischen Seite ab.',
      '',
    ],
    ['Les présidents français et russe se rencontreront avant la déclaration.', ''],
    ['La declaración critica a los gobiernos argentino y chileno.', ''],
    ['The statement criticised the leaders of Iran, Syria and Belarus.', ''],
    ['Austria and the Netherlands have not signed the declaration but have studied it.', ''],
  ])('%s → %s', (text, expected) => {
    expect(signers(text)).toBe(expected);
  });
});

describe('names in a list that are not plainly states', () => {
  const extraction = extractFromText(
    // "Korea" stays open where the text names the Republic of Korea by another name.
    'The statement was adopted by Belarus, Korea, Narnia and Kazakstan. South Korea hosted it.',
    { file: 'case.txt', format: 'txt' },
  );

  it('reads a one-letter typo as the state, with a warning', () => {
    expect(extraction.declarations[0]?.signatories.map((s) => s.code)).toEqual(['BLR', 'KAZ']);
    expect(extraction.warnings.map((w) => w.message)).toContain('read "Kazakstan" as Kazakhstan');
  });

  it('leaves ambiguous and unknown names unresolved, with the states they may be', () => {
    expect(extraction.unresolved.map(({ text, candidates }) => ({ text, candidates }))).toEqual([
      { text: 'Korea', candidates: ['South Korea', 'North Korea'] },
      { text: 'Narnia', candidates: ['Denmark'] },
    ]);
  });
});

describe('a statement that names only its group', () => {
  const text =
    'G20 Leaders’ Declaration\n\nWe, the Leaders of the G20, met in New Delhi on 9 September 2023 and adopted this declaration.';
  const extraction = extractFromText(text, { file: 'case.txt', format: 'txt' });
  const [declaration] = extraction.declarations;

  it('is signed by the group’s members on the day, with the group’s name as evidence', () => {
    expect(declaration?.signatories).toHaveLength(19);
    expect(
      declaration?.signatories.every((s) => text.slice(s.evidence.start, s.evidence.end) === 'G20'),
    ).toBe(true);
    expect(extraction.warnings.map((w) => w.message)).toContain(
      '"G20" names no state: read as its 19 members on 2023-09-09 from import/reference/group-members.yaml',
    );
  });

  it('is not expanded when the text lists states, nor for a group merely mentioned', () => {
    expect(signers('The BRICS statement was signed by Brazil and India.')).toBe('BRA IND');
    expect(signers('The statement was adopted by Chile. Chile is not a member of the G20.')).toBe(
      'CHL',
    );
  });
});

describe('a table of signatories', () => {
  const html =
    '<h1>Declaration for the Future of the Internet</h1><p>The declaration has been endorsed by the following partners:</p><table><tr><th>Partner</th><th>Region</th></tr><tr><td>Albania</td><td>Europe</td></tr><tr><td>Cabo Verde</td><td>Africa</td></tr><tr><td>European Union</td><td>Europe</td></tr></table><p>Russia and China were not invited to join this declaration.</p>';

  it('reads each row’s name cell, past the header row', () => {
    const [declaration] = extractFromText(html, { file: 'case.html', format: 'html' }).declarations;
    expect(declaration?.signatories.map((s) => s.code)).toEqual(['ALB', 'CPV']);
    expect(declaration?.nonStateSignatories.map((s) => s.id)).toEqual(['eu']);
  });
});
