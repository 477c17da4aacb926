import { describe, expect, it } from 'vitest';
import type { GraphElements } from './elements';
import { paint } from './paint';
import { toStanding } from './participation-status';
import { standingLegend, statusScheme } from './status-colouring';

const untc = { title: 'Status table', publisher: 'UNTC' };
const [party, notParty, noRecord] = [
  toStanding({ status: 'BOUND', consentOn: '1990-08-07', source: untc, asOf: '2015-01-01' }),
  toStanding({ status: 'NOT_PARTY', source: untc, asOf: '2015-01-01' }),
  toStanding(undefined),
];
const standings = new Map([
  ['FRA', party],
  ['USA', notParty],
  ['ERI', noRecord],
  ['SOM', toStanding({ status: 'SIGNED', signedOn: '2002-05-09', source: untc })],
]);

const state = (code: string) => ({
  data: { id: code, kind: 'State' as const, key: code, label: code, name: code },
});
const elements: GraphElements = {
  nodes: [
    ...['ERI', 'USA', 'FRA', 'SOM'].map(state),
    { data: { id: 'D', kind: 'Declaration', key: 'D', label: 'D', name: 'D' } },
  ],
  edges: [],
};

describe('colouring states by treaty status', () => {
  it('names the source and its date only for "not party", which only a complete table says', () => {
    expect(standingLegend(notParty)).toBe('Not party per UNTC as at 2015-01-01');
    expect(standingLegend(party)).toBe('Party');
    expect(standingLegend(noRecord)).toBe('No record');
  });

  it('draws party, not party and no record apart, no record hollow, in status order', () => {
    const { elements: painted, key } = paint(
      elements,
      statusScheme(standings, { instrument: 'CRC', date: '1991-01-01' }),
    );
    expect(key.title).toBe('CRC status on 1991-01-01');
    expect(key.entries.map((e) => [e.label, e.color, e.hollow ?? false])).toEqual([
      ['Party', '#009E73', false],
      ['Signed only', '#E69F00', false],
      ['Not party per UNTC as at 2015-01-01', '#D55E00', false],
      ['No record', '#4B5563', true],
    ]);
    const byId = new Map(painted.nodes.map((n) => [n.data.id, n.data]));
    expect(byId.get('ERI')).toMatchObject({ hollow: true, colorLabel: 'No record' });
    expect(byId.get('D')?.color).toBeUndefined();
  });
});
