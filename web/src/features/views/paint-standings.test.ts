import { describe, expect, it } from 'vitest';
import { createTreatyElements } from '../../graph/treaty-elements';
import { paintStandings } from './paint-standings';

const instrument = {
  id: 'untoc',
  name: 'United Nations Convention against Transnational Organized Crime',
  shortName: 'UNTOC',
  statusAsOf: [
    { state: { code: 'BOL', name: 'Bolivia' }, status: 'SIGNED', signedOn: '2000-12-12' },
    { state: { code: 'LAO', name: 'Laos' }, status: 'IN_FORCE', consentOn: '2003-09-26' },
  ] as const,
  parties: [],
};

describe('paintStandings', () => {
  it('colours states by standing on the date, the legend in status order', () => {
    const view = paintStandings(createTreatyElements(instrument), '2004-01-01');
    expect(view.colorKey.title).toBe('Status on 2004-01-01');
    expect(view.colorKey.entries.map((e) => [e.label, e.count])).toEqual([
      ['Party', 1],
      ['Signed only', 1],
    ]);
    expect(view.elements.nodes.find((n) => n.data.key === 'LAO')?.data.colorLabel).toBe('Party');
    expect(view.date).toBe('2004-01-01');
    expect(view.standings.get('BOL')?.status).toBe('SIGNED_ONLY');
  });
});
