import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';

describe('the other party of a bilateral text that names one state', () => {
  warmUpReader();

  it('is the host whose capital is the venue of the meeting reported', () => {
    expect(
      signerCodes(
        'Joint Statement\n\n4 March 2024\n\nThe Foreign Minister of Chile held talks in Wellington with her counterpart. The two ministers issued the following joint statement on Antarctic research.',
      ),
    ).toBe('CHL NZL');
  });

  it('is the host named by the dateline', () => {
    expect(
      signerCodes(
        'Joint Statement\n\nNairobi, 4 March 2024\n\nThe Prime Minister of Ethiopia met his counterpart today. The two leaders adopted a joint statement on regional trade.',
      ),
    ).toBe('ETH KEN');
  });

  it('is the state of the counterpart an adjective names', () => {
    expect(
      signerCodes(
        'Joint press statement\n\nThe Foreign Minister of Finland received his Estonian counterpart. Both countries agreed on the joint statement below.',
      ),
    ).toBe('FIN EST');
  });

  it.each([
    [
      'Italian, "i due Paesi"',
      'Vertice intergovernativo a Roma\n\nIl Vertice bilaterale tra Italia e Francia si è tenuto ieri. Italia e Francia hanno diffuso una dichiarazione congiunta che loda i rapporti tra i due Paesi.',
      'ITA FRA',
    ],
    [
      'Italian, a dashed pair',
      'Vertice intergovernativo a Napoli\n\nIl vertice Italia-Francia si è chiuso ieri con una dichiarazione congiunta dei due Paesi.',
      'ITA FRA',
    ],
    [
      'Portuguese, "os dois países"',
      'Cimeira em Lisboa\n\nA declaração conjunta de Portugal e Espanha reforça a cooperação entre os dois países.',
      'PRT ESP',
    ],
  ])('are the pair a bilateral text names (%s)', (_, text, codes) => {
    expect(signerCodes(text)).toBe(codes);
  });

  it.each([
    [
      'French',
      'Communiqué conjoint des ministres\n\nLe ministre italien des Affaires étrangères, M. Luigi Di Maio, et le ministre français de l’Europe, M. Jean-Yves Le Drian, se sont entretenus à Rome. Les deux ministres ont réaffirmé leur coopération.',
      'ITA FRA',
    ],
    [
      'Spanish',
      'Comunicado conjunto\n\nEl presidente chileno y el presidente peruano se reunieron en Lima. Los dos presidentes firmaron una declaración.',
      'CHL PER',
    ],
  ])(
    'are the states of two officials named by adjective after their office (%s)',
    (_, text, codes) => {
      expect(signerCodes(text)).toBe(codes);
    },
  );

  it('are the two states a signed declaration on their relations names as a pair', () => {
    expect(
      signerCodes(
        'Talks in the Kremlin\n\nПрезиденты подписали Декларацию о переходе отношений России и Казахстана на уровень союзничества.',
      ),
    ).toBe('RUS KAZ');
    expect(
      signerCodes(
        'State visit\n\nThe presidents signed the Declaration on the Strategic Partnership between Viet Nam and Indonesia on Tuesday.',
      ),
    ).toBe('VNM IDN');
    expect(
      signerCodes(
        'Ministerial statement\n\nThe ministers issued a statement on relations between Serbia and Kosovo.',
      ),
    ).toBe('');
  });

  it('are the two states a text of a meeting between two offices names as a pair', () => {
    expect(
      signerCodes(
        'Joint statement following the meeting between the Prime Minister and the Taoiseach\n\nThe two leaders met in the morning. Ireland and the UK remain committed to the peace agreement.',
      ),
    ).toBe('IRL GBR');
    expect(
      signerCodes(
        'Joint statement following the meeting between the two Prime Ministers\n\nThey discussed the situation in Ireland and the UK.',
      ),
    ).toBe('');
  });

  it('is no capital of a background sentence, nor one where a third state is named', () => {
    expect(
      signerCodes(
        'Joint Statement\n\nThe Foreign Minister of Chile met her counterpart. The two ministers recalled the talks held in Wellington last year and issued a joint statement.',
      ),
    ).toBe('');
    expect(
      signerCodes(
        'Joint Statement\n\nThe Foreign Minister of Chile met her counterpart in Wellington. The two ministers praised the mediation by Peru before they issued a joint statement.',
      ),
    ).toBe('');
  });

  it('reads a state named as a place as no party', () => {
    expect(
      signerCodes(
        'Joint Statement\n\nThe Foreign Minister of Chile met her counterpart in Wellington. The two ministers issued a joint statement on the situation in Venezuela.',
      ),
    ).toBe('CHL NZL');
  });

  it('completes the parties the text counts with the one other state it names as an actor', () => {
    expect(
      signerCodes(
        'Chile pide una tregua junto a Perú y Ecuador\n\nLa cancillería chilena difundió un comunicado conjunto en el que las tres naciones piden una tregua. Chile ofreció su mediación.',
        { sorted: true },
      ),
    ).toBe('CHL ECU PER');
  });

  it('takes the host as the last of three parties the text counts', () => {
    expect(
      signerCodes(
        'Communiqué conjoint\n\nNiamey, le 4 mars 2024\n\nLes ministres des Affaires étrangères du Ghana et du Togo se sont rendus en visite de travail. Les délégations des trois pays ont adopté le présent communiqué.',
      ),
    ).toBe('GHA TGO NER');
  });
});
