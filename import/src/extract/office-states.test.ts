import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';
import { publisherState } from './office-states';

const signers = (text: string) =>
  (extractFromText(text, { file: 'case.txt', format: 'txt' }).declarations[0]?.signatories ?? [])
    .map((s) => s.code)
    .sort()
    .join(' ');

describe('a national title that names no state', () => {
  it.each([
    [
      'Joint Statement by the Secretary of State and the Foreign Minister of Ghana\n\nSecretary of State Jane Doe and Foreign Minister Kwame Asante of Ghana issued the following joint statement.',
      'GHA USA',
    ],
    [
      'Joint statement of the Foreign Secretary and the Minister of Foreign Affairs of the Hellenic Republic on maritime security',
      'GBR GRC',
    ],
    [
      'Gemeinsame Erklärung\n\nDie Bundesaußenministerin und der Außenminister der Republik Polen haben heute eine gemeinsame Erklärung abgegeben.',
      'DEU POL',
    ],
    [
      "Déclaration conjointe\n\nLe ministre de l'Europe et des Affaires étrangères et la ministre des Affaires étrangères du Royaume de Belgique ont adopté la déclaration suivante.",
      'BEL FRA',
    ],
    [
      'Joint statement by the Taoiseach and the Prime Minister of the Kingdom of the Netherlands',
      'IRL NLD',
    ],
  ])('%s', (text, expected) => {
    expect(signers(text)).toBe(expected);
  });

  it('reads a title by the state that qualifies it', () => {
    expect(
      signers(
        'Joint statement of the Indian Foreign Secretary and the Foreign Secretary of Nepal\n\nThe two Foreign Secretaries signed the joint statement.',
      ),
    ).toBe('IND NPL');
    expect(
      signers(
        'The joint statement was signed by Ms. Rao, Secretary of State, for Portugal; and Mr. Li, Minister of Foreign Affairs, for Singapore.',
      ),
    ).toBe('PRT SGP');
  });

  it("reads a title several states give as the publisher's own", () => {
    const text =
      'https://www.bundeskanzleramt.gv.at/statement\n\nJoint statement\n\nThe Federal Chancellor and the Prime Minister of Slovenia issued a joint statement today.';
    expect(signers(text)).toBe('AUT SVN');
  });

  it('knows a publisher by its country-code domain or the US government’s', () => {
    expect(publisherState('https://www.auswaertiges-amt.de/de/newsroom')).toBe('DEU');
    expect(publisherState('https://www.state.gov/joint-statement')).toBe('USA');
    expect(publisherState('https://www.gov.uk/government/news/x')).toBe('GBR');
    expect(publisherState('https://www.example.com/x')).toBeNull();
    expect(publisherState(null)).toBeNull();
  });
});
