import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../test-fixtures/corpus';
import { createCorpusElements } from './elements';
import { withParties } from './party-elements';

const state = (code: string) => ({ code, name: code, region: 'Asia' });
const palermo = {
  id: 'palermo-protocol',
  parties: [
    { consentOn: '2003-09-26', state: state('LAO') },
    { consentOn: '2003-06-25', withdrawnOn: '2020-01-01', state: state('BLR') },
    { consentOn: '2019-09-01', state: state('BOL') },
    { consentOn: '2001-01-01', state: state('FRA') },
    { consentOn: null, state: state('NGA') },
  ],
};
const elements = createCorpusElements([traffickingStatement]);
const partyEdges = (drawn: ReturnType<typeof withParties>) =>
  drawn.edges
    .filter((e) => e.data.kind === 'PARTY_TO')
    .map((e) => e.data.source)
    .sort();

describe('withParties', () => {
  it('joins drawn states that were party on the date to the drawn instrument', () => {
    expect(
      partyEdges(withParties(elements, [palermo], { date: '2010-01-01', addStates: false })),
    ).toEqual(['BLR', 'LAO']);
    expect(
      partyEdges(withParties(elements, [palermo], { date: '2025-01-01', addStates: false })),
    ).toEqual(['BOL', 'LAO']);
  });

  it('adds the parties that are not drawn when asked, for expansion', () => {
    const full = withParties(elements, [palermo], { date: '2025-01-01', addStates: true });
    expect(full.nodes.map((n) => n.data.id)).toContain('FRA');
    expect(partyEdges(full)).toEqual(['BOL', 'FRA', 'LAO']);
  });

  it('ignores instruments that are not drawn', () => {
    const other = { ...palermo, id: 'elsewhere' };
    expect(withParties(elements, [other], { date: '2025-01-01', addStates: true })).toEqual(
      elements,
    );
  });
});
