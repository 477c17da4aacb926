import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';
import { publisherState } from './office-states';

describe('a national title that names no state', () => {
  warmUpReader();

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
    expect(signerCodes(text, { sorted: true })).toBe(expected);
  });

  it('reads a title by the state that qualifies it', () => {
    expect(
      signerCodes(
        'Joint statement of the Indian Foreign Secretary and the Foreign Secretary of Nepal\n\nThe two Foreign Secretaries signed the joint statement.',
        { sorted: true },
      ),
    ).toBe('IND NPL');
    expect(
      signerCodes(
        'The joint statement was signed by Ms. Rao, Secretary of State, for Portugal; and Mr. Li, Minister of Foreign Affairs, for Singapore.',
        { sorted: true },
      ),
    ).toBe('PRT SGP');
  });

  it("reads a leader's office by the adjective of the state, when the holder's name follows", () => {
    expect(
      signerCodes(
        'Grönland: Europäer stellen sich gegen Trump\n\nBundeskanzler Friedrich Merz, der britische Premierminister Keir Starmer, Frankreichs Präsident Emmanuel Macron und Dänemarks Regierungschefin Mette Frederiksen haben eine gemeinsame Erklärung unterschrieben. Die Vereinigten Staaten werden darin nicht genannt.',
        { sorted: true },
      ),
    ).toBe('DEU DNK FRA GBR');
    expect(
      signerCodes(
        "Déclaration conjointe\n\nLe président français Emmanuel Macron et le chancelier allemand Olaf Scholz ont adopté une déclaration commune sur l'Ukraine. Les deux dirigeants y réaffirment leur soutien à la souveraineté du pays et appellent à un cessez-le-feu durable.",
        { sorted: true },
      ),
    ).toBe('DEU FRA');
  });

  it('reads offices by adjective without their holders where they stand as a list', () => {
    expect(
      signerCodes(
        'Gemeinsame Erklärung zur Ukraine\n\nDer deutsche Kanzler, der französische Präsident und der britische Premierminister haben am Samstag in Kiew eine gemeinsame Erklärung unterzeichnet. Sie fordern eine Waffenruhe von dreißig Tagen.',
        { sorted: true },
      ),
    ).toBe('DEU FRA GBR');
    expect(
      signerCodes(
        'Joint statement of the co-chairs\n\nThe co-chairs of Canada and Chile issued this statement. They welcomed the trilateral statement signed on November 9 by the Armenian Prime Minister.',
        { sorted: true },
      ),
    ).toBe('CAN CHL');
  });

  it('reads no signer where the clause denies the participle its "hat" waits for', () => {
    expect(
      signerCodes(
        'Gemeinsame Erklärung zu Gaza\n\nDie Außenminister Australiens, Kanadas und Japans haben die Erklärung unterzeichnet. Der deutsche Außenminister Johann Wadephul hat die Erklärung nicht mitgezeichnet.',
        { sorted: true },
      ),
    ).toBe('AUS CAN JPN');
  });

  it("reads a title several states give as the publisher's own", () => {
    const text =
      'https://www.bundeskanzleramt.gv.at/statement\n\nJoint statement\n\nThe Federal Chancellor and the Prime Minister of Slovenia issued a joint statement today.';
    expect(signerCodes(text, { sorted: true })).toBe('AUT SVN');
  });

  it("reads a title as the state of the dateline's capital when the address says nothing", () => {
    const text =
      'NEW DELHI, March 4 (PTI) - Foreign Secretary Anil Rao and the Foreign Secretary of Nepal signed a joint statement on border trade on Monday.';
    expect(signerCodes(text, { sorted: true })).toBe('IND NPL');
  });

  it('knows a publisher by its country-code domain or the US government’s', () => {
    expect(publisherState('https://www.auswaertiges-amt.de/de/newsroom')).toBe('DEU');
    expect(publisherState('https://www.state.gov/joint-statement')).toBe('USA');
    expect(publisherState('https://www.gov.uk/government/news/x')).toBe('GBR');
    expect(publisherState('https://www.example.com/x')).toBeNull();
    expect(publisherState(null)).toBeNull();
  });
});
