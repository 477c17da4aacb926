import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../test-fixtures/corpus';
import { paint } from './paint';
import { byStanding, createStatusElements } from './status-elements';

/** The Palermo Protocol's status on 1 January 2004, as `statusAsOf` gives it. */
const protocol = {
  id: 'palermo-protocol',
  name: 'Trafficking in Persons Protocol',
  statusAsOf: [
    { state: { code: 'BLR' }, status: 'IN_FORCE', signedOn: '2000-12-14', consentOn: '2003-06-25' },
    { state: { code: 'LAO' }, status: 'IN_FORCE', consentOn: '2003-09-26' },
    { state: { code: 'BOL' }, status: 'SIGNED', signedOn: '2000-12-12' },
  ] as const,
};

describe('createStatusElements', () => {
  it('gives each signatory its standing on the date, and joins parties to the instrument', () => {
    const { elements, standings } = createStatusElements(traffickingStatement, protocol);
    expect(Object.fromEntries([...standings].map(([code, s]) => [code, s.status]))).toEqual({
      BLR: 'PARTY',
      BOL: 'SIGNED_ONLY',
      LAO: 'PARTY',
      NGA: 'NOT_PARTY',
    });
    const partyTo = elements.edges
      .filter((e) => e.data.kind === 'PARTY_TO')
      .map((e) => e.data.source);
    expect(partyTo).toEqual(['BLR', 'LAO']);
    expect(elements.edges.filter((e) => e.data.kind === 'SIGNED')).toHaveLength(4);
  });

  it('colours states by standing', () => {
    const { elements, standings } = createStatusElements(traffickingStatement, protocol);
    const order = ['Party', 'Signed only', 'Not party', 'Withdrawn'];
    const { key } = paint(elements, {
      title: 'Status',
      colouring: byStanding(standings),
      order,
    });
    expect(key.entries.map((e) => [e.label, e.count])).toEqual([
      ['Party', 2],
      ['Signed only', 1],
      ['Not party', 1],
    ]);
  });
});
