import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../test-fixtures/corpus';
import { paint } from './paint';
import { byStanding, createStatusElements } from './status-elements';

/**
 * The Palermo Protocol's status on 1 January 2004, as `statusAsOf(date, states)` gives it for
 * the statement's four signatories: Nigeria has no record in this partial data.
 */
const protocol = {
  id: 'palermo-protocol',
  name: 'Trafficking in Persons Protocol',
  statusAsOf: [
    { state: { code: 'BLR' }, status: 'IN_FORCE', signedOn: '2000-12-14', consentOn: '2003-06-25' },
    { state: { code: 'LAO' }, status: 'IN_FORCE', consentOn: '2003-09-26' },
    { state: { code: 'BOL' }, status: 'SIGNED', signedOn: '2000-12-12' },
    { state: { code: 'NGA' }, status: 'NO_RECORD' },
  ] as const,
};

describe('createStatusElements', () => {
  it('gives each signatory its standing on the date, and joins parties to the instrument', () => {
    const { elements, standings } = createStatusElements(traffickingStatement, protocol);
    expect(Object.fromEntries([...standings].map(([code, s]) => [code, s.status]))).toEqual({
      BLR: 'PARTY',
      BOL: 'SIGNED_ONLY',
      LAO: 'PARTY',
      NGA: 'NO_RECORD',
    });
    const partyTo = elements.edges
      .filter((e) => e.data.kind === 'PARTY_TO')
      .map((e) => e.data.source);
    expect(partyTo).toEqual(['BLR', 'LAO']);
    expect(elements.edges.filter((e) => e.data.kind === 'SIGNED')).toHaveLength(4);
  });

  it('colours states by standing, no record hollow and apart from not party', () => {
    const notParty = {
      ...protocol,
      statusAsOf: [
        ...protocol.statusAsOf,
        { state: { code: 'BOL' }, status: 'NOT_PARTY' as const },
      ],
    };
    const { elements, standings } = createStatusElements(traffickingStatement, {
      ...notParty,
      statusAsOf: notParty.statusAsOf.filter((r) => r.status !== 'SIGNED'),
    });
    const order = ['Party', 'Signed only', 'Not party', 'Withdrawn', 'Not known', 'No record'];
    const { key, elements: painted } = paint(elements, {
      title: 'Status',
      colouring: byStanding(standings),
      order,
    });
    expect(key.entries.map((e) => [e.label, e.count, e.hollow ?? false])).toEqual([
      ['Party', 2, false],
      ['Not party', 1, false],
      ['No record', 1, true],
    ]);
    expect(painted.nodes.find((n) => n.data.key === 'NGA')?.data.hollow).toBe(true);
  });
});
