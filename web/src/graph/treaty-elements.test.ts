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
});
