import { describe, expect, it } from 'vitest';
import { instrumentHub, partyTie } from './instrument-hub';
import { toStanding } from './participation-status';

describe('instrumentHub', () => {
  it('draws the instrument by its short name, under an id apart from a state code', () => {
    const hub = instrumentHub({
      id: 'untoc',
      name: 'Convention against Crime',
      shortName: 'UNTOC',
    });
    expect(hub.data).toEqual({
      id: 'Instrument:untoc',
      kind: 'Instrument',
      key: 'untoc',
      label: 'UNTOC',
      name: 'Convention against Crime',
    });
  });
});

describe('partyTie', () => {
  it('joins a party with its facts and leaves any other standing unjoined', () => {
    const row = { status: 'BOUND', signedOn: '2000-12-14', consentOn: '2003-06-25' } as const;
    const party = { standing: toStanding(row), row, consentType: 'RATIFICATION' };
    expect(partyTie('BLR', 'Instrument:untoc', party)).toEqual([
      {
        data: {
          id: 'PARTY_TO:BLR->Instrument:untoc',
          source: 'BLR',
          target: 'Instrument:untoc',
          kind: 'PARTY_TO',
          since: '2003-06-25',
          signedOn: '2000-12-14',
          consentType: 'ratification',
        },
      },
    ]);
    const signed = { status: 'SIGNED', signedOn: '2000-12-12' } as const;
    expect(
      partyTie('BOL', 'Instrument:untoc', { standing: toStanding(signed), row: signed }),
    ).toEqual([]);
  });
});
