import { describe, expect, it } from 'vitest';
import { createTreatyElements } from './treaty-elements';

/** UNTOC on 1 January 2004, as `statusAsOf` and `parties` give it, three states of many. */
const untoc = {
  id: 'untoc',
  name: 'United Nations Convention against Transnational Organized Crime',
  shortName: 'UNTOC',
  statusAsOf: [
    {
      state: { code: 'LAO', name: 'Laos', region: 'Asia' },
      status: 'IN_FORCE',
      consentOn: '2003-09-26',
    },
    {
      state: { code: 'BOL', name: 'Bolivia', region: 'Americas' },
      status: 'SIGNED',
      signedOn: '2000-12-12',
    },
    {
      state: { code: 'AUS', name: 'Australia', region: 'Oceania' },
      status: 'NOT_PARTY',
      signedOn: '2000-12-13',
    },
  ] as const,
  parties: [
    {
      consentType: 'ACCESSION',
      evidence: { source: { publisher: 'UN Treaty Collection' } },
      state: { code: 'LAO' },
    },
  ],
};

describe('createTreatyElements', () => {
  it('draws every state with a record around the instrument, parties joined with their facts', () => {
    const { elements, standings } = createTreatyElements(untoc);
    expect(elements.nodes.map((n) => n.data.id)).toEqual(['Instrument:untoc', 'AUS', 'BOL', 'LAO']);
    expect(Object.fromEntries([...standings].map(([code, s]) => [code, s.status]))).toEqual({
      AUS: 'NOT_PARTY',
      BOL: 'SIGNED_ONLY',
      LAO: 'PARTY',
    });
    expect(elements.edges).toEqual([
      {
        data: {
          id: 'PARTY_TO:LAO->Instrument:untoc',
          source: 'LAO',
          target: 'Instrument:untoc',
          kind: 'PARTY_TO',
          since: '2003-09-26',
          consentType: 'accession',
          reportedBy: 'UN Treaty Collection',
        },
      },
    ]);
  });

  it('draws an organization party beside the states, coloured by its standing', () => {
    const { elements, standings } = createTreatyElements({
      ...untoc,
      partyStatusAsOf: [
        { status: 'IN_FORCE', participant: {} },
        { status: 'IN_FORCE', inForceOn: '2004-09-29', participant: { id: 'eu' } },
      ],
      organizationParties: [
        {
          signedOn: '2000-12-12',
          consentOn: '2004-05-21',
          consentType: 'APPROVAL',
          evidence: { source: { publisher: 'UN Treaty Collection' } },
          organization: { id: 'eu', name: 'European Union', acronym: 'EU' },
        },
        {
          consentOn: '2010-01-01',
          organization: { id: 'osce', name: 'Organization without a status row' },
        },
      ],
    });
    expect(elements.nodes.at(-1)?.data).toEqual({
      id: 'Organization:eu',
      kind: 'Organization',
      key: 'eu',
      label: 'EU',
      name: 'European Union',
    });
    expect(elements.nodes).toHaveLength(5);
    expect(standings.get('eu')?.status).toBe('PARTY');
    expect(elements.edges.at(-1)?.data).toEqual({
      id: 'PARTY_TO:Organization:eu->Instrument:untoc',
      source: 'Organization:eu',
      target: 'Instrument:untoc',
      kind: 'PARTY_TO',
      since: '2004-05-21',
      signedOn: '2000-12-12',
      consentType: 'approval',
      reportedBy: 'UN Treaty Collection',
    });
  });
});
