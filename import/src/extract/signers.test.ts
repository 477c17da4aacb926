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
    ['This statement is delivered on behalf of the European Union and its Member States.', '+eu'],
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
  ])('%s → %s', (text, expected) => {
    expect(signers(text)).toBe(expected);
  });
});

describe('names in a list that are not plainly states', () => {
  const extraction = extractFromText(
    'The statement was adopted by Belarus, Korea, Narnia and Kazakstan.',
    { file: 'case.txt', format: 'txt' },
  );

  it('reads a one-letter typo as the state, with a warning', () => {
    expect(extraction.declarations[0]?.signatories.map((s) => s.code)).toEqual(['BLR', 'KAZ']);
    expect(extraction.warnings.map((w) => w.message)).toContain('read "Kazakstan" as Kazakhstan');
  });

  it('leaves ambiguous and unknown names unresolved, with the states they may be', () => {
    expect(extraction.unresolved.map(({ text, candidates }) => ({ text, candidates }))).toEqual([
      { text: 'Korea', candidates: ['North Korea', 'South Korea'] },
      { text: 'Narnia', candidates: ['Denmark'] },
    ]);
  });
});
