import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';
import { namedSpans } from './groups';

describe('a statement that speaks for a group of group-members.yaml', () => {
  warmUpReader();

  it.each([
    [
      'a title that ends on the group',
      'Statement of the Foreign Ministers of the Visegrad Group\n\nThe ministers condemned the attacks.',
      'CZE HUN POL SVK',
    ],
    [
      'a French title that ends on the group',
      'Déclaration des dirigeants du Triangle de Weimar\n\nLes dirigeants ont condamné les attaques.',
      'FRA DEU POL',
    ],
    [
      'a title that opens with the group',
      'AUKUS Leaders’ Joint Statement\n\nThe leaders welcomed progress on the partnership.',
      'AUS GBR USA',
    ],
    [
      'a group after a signing cue, in running text',
      'Statement at the Human Rights Council\n\nI have the honour to speak on behalf of the Nordic countries. We welcome the report.',
      'DNK FIN ISL NOR SWE',
    ],
    [
      "a sentence that opens with the group's statement, as a title would",
      'Лавров о позиции ОДКБ\n\nЗаявление министров ОДКБ зачитал глава МИД Армении.',
      'ARM BLR KAZ KGZ RUS TJK',
    ],
    [
      'the Arab Group, whose chair delivers the statement',
      'Statement of the Arab Group\n\nIn my capacity as Chair of the Arab Group for May, I have the pleasure of delivering this statement.',
      'DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM',
    ],
    [
      "the body of the group's leaders, the subject beside its communiqué",
      "Drone abattu\n\nD'après le communiqué publié le 7 avril 2025, l'appareil effectuait une mission de surveillance. Le Collège des chefs d'État de l'AES y voit une agression.",
      'BFA MLI NER',
    ],
    [
      'the group but the member its sentence leaves out ("sauf celui de la Hongrie")',
      "Soutien à l'Ukraine\n\nLe 12 août 2025, le texte porte la signature de tous les dirigeants de l'UE, sauf celui de la Hongrie.",
      'BEL DEU FRA ITA LUX NLD DNK IRL GRC ESP PRT AUT FIN SWE CYP CZE EST LVA LTU MLT POL SVK SVN BGR ROU HRV',
    ],
    [
      'the group whose position others "aligned themselves with", and those others',
      'EU statement at the OSCE Permanent Council\n\nThe representative of the European Union delivered the statement on 14 March 2024 and pointed out that a number of participating states had aligned themselves with the position of the European Union: Iceland, Moldova and Georgia.',
      'ISL MDA GEO BEL DEU FRA ITA LUX NLD DNK IRL GRC ESP PRT AUT FIN SWE CYP CZE EST HUN LVA LTU MLT POL SVK SVN BGR ROU HRV',
    ],
  ])('reads its members: %s', (_, text, codes) => {
    expect(signerCodes(text)).toBe(codes);
  });

  it.each([
    [
      'German, a compound noun',
      'Doch noch eine Einigung beim Gipfel in Biarritz\n\nVom G7-Gipfel in Biarritz gibt es nun doch eine gemeinsame Abschlusserklärung.',
      'CAN FRA DEU ITA JPN GBR USA',
    ],
    [
      'English',
      'Leaders agree on a text in the end\n\nThe G7 summit in Charlevoix ended on Saturday with a joint communique on trade.',
      'CAN FRA DEU ITA JPN GBR USA',
    ],
    [
      'English, the declaration named before the summit',
      'Summit ends\n\nTIANJIN, 1 September 2025 - According to the declaration released as the SCO summit drew to a close, most members backed the plan.',
      'CHN KAZ KGZ RUS TJK UZB IND PAK IRN BLR',
    ],
  ])('reads the members of a group whose summit gave the declaration (%s)', (_, text, codes) => {
    expect(signerCodes(text)).toBe(codes);
  });

  it.each([
    [
      'the group after who in it signed, with one leader beside it',
      "Déclaration conjointe\n\nLes six chefs d'Etat l'ont signée : les cinq Présidents des pays du G5 Sahel et le président français. Les Chefs d'Etat membres du G5 Sahel se sont retrouvés ce 13 janvier 2020 à Pau.",
      'BFA MLI MRT NER TCD FRA',
    ],
    [
      'a group whose name holds a registry name, with two of its members named in other roles',
      'Joint Statement\n\nSeptember 5, 2023\n\nIt is my honour to make this statement on behalf of the ten elected members of the Security Council, delivered by the Permanent Representative of Ecuador. We thank Japan, which sponsored the handbook of this statement.',
      'ECU ALB BRA GAB GHA ARE JPN MLT MOZ CHE',
    ],
  ])('reads its members: %s', (_, text, codes) => {
    expect(signerCodes(text)).toBe(codes);
  });

  it('does not read the whole group when the text names more than two of its members', () => {
    expect(
      signerCodes(
        'Joint Statement\n\n5 September 2023\n\nOn behalf of the elected members of the Security Council, Albania, Brazil and Gabon delivered this statement.',
      ),
    ).toBe('ALB BRA GAB');
  });

  it('reads all the members of a group among the signers, less the one left out', () => {
    const osce = signerCodes(
      'OSZE-Staaten fordern Auskunft\n\nWien, 5. November 2021\n\nDie Führung in Minsk wurde am Donnerstag aufgefordert, Fragen zu beantworten. 35 der 57 OSZE-Staaten setzten ihre Unterschrift unter das gemeinsame Schreiben an Minsk. Unter ihnen waren sämtliche Mitgliedsländer der EU mit Ausnahme Polens.',
    ).split(' ');
    expect(osce).toHaveLength(26);
    expect(osce).toEqual(expect.arrayContaining(['DEU', 'FRA', 'HUN', 'SWE']));
    expect(osce).not.toContain('POL');
    // Two members named as included: they are some of the group, not its signers alone.
    const summit = signerCodes(
      "Vertice in Svizzera\n\nRoma, 17 giugno 2024 – Il comunicato congiunto diffuso al termine del summit per la pace è stato siglato da 77 partecipanti su 91. Il testo ribadisce i principi di sovranità e integrità territoriale. Fra i firmatari compaiono tutti i membri dell'Ue, Ungheria e Slovacchia comprese.",
    ).split(' ');
    expect(summit).toHaveLength(27);
    expect(summit).toEqual(expect.arrayContaining(['HUN', 'SVK', 'POL', 'ITA']));
  });

  it('reads the group whose leaders speak in the communiqué a sentence opens with', () => {
    expect(
      signerCodes(
        "G5 Sahel : fin du sommet de Ndjamena\n\nNdjamena, le 20 février 2023\n\nDans le communiqué publié à l'issue des travaux, les chefs d'État et de délégation du G5 Sahel estiment que la situation sécuritaire reste inquiétante.",
      ),
    ).toBe('BFA MRT NER TCD');
  });

  it('reads its members on the day of the statement', () => {
    expect(
      signerCodes(
        'Communiqué final\n\nNiamey, le 6 juillet 2024\n\nAu nom de la Confédération des États du Sahel, les chefs d’État ont adopté le communiqué.',
      ),
    ).toBe('BFA MLI NER');
  });

  it('reads a group named only where a statement speaks for it, as its members that day', () => {
    const ldc = signerCodes(
      'Statement by Malawi on behalf of the Group of Least Developed Countries\n\nNew York, 21 September 2020\n\nMr. President, I have the honour to deliver this statement on behalf of the Group of Least Developed Countries. We call for more financing and for debt relief for our countries, which face the pandemic with few resources.',
    ).split(' ');
    expect(ldc).toHaveLength(47);
    expect(ldc).toEqual(expect.arrayContaining(['MWI', 'VUT', 'BTN', 'SSD', 'BGD']));
    expect(
      signerCodes(
        'Joint statement of Norway and Denmark\n\nOslo, 3 May 2021\n\nNorway and Denmark adopted this statement. They pledged more support for the least developed countries, which face the pandemic with few resources.',
      ),
    ).toBe('NOR DNK');
  });
});

describe('namedSpans', () => {
  it('finds the names group-members.yaml lists, a one-word name only as written', () => {
    const names = (text: string) => namedSpans(text).map((s) => s.name);
    expect(names('The Quad met; quad bikes did not.')).toEqual(['Quad']);
    expect(names('les pays baltes et le groupe de Visegrád')).toEqual([
      'pays baltes',
      'groupe de Visegrád',
    ]);
  });
});
