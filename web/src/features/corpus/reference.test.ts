import { describe, expect, it } from 'vitest';
import type { InstrumentListQuery } from '../../api/generated/graphql';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { joinInstruments, stateOf } from './reference';

type Row = InstrumentListQuery['instruments']['edges'][number]['node'];

const states = new Map(traffickingStatement.signatories.map((s) => [s.code, s]));
const instrument = (id: string, supplements: string | null): Row => ({
  id,
  name: id.toUpperCase(),
  shortName: null,
  kind: 'PROTOCOL' as Row['kind'],
  adoptedOn: '2000-11-15',
  entryIntoForceOn: null,
  partyCount: 3,
  supplements: supplements ? { id: supplements } : null,
});

describe('joinInstruments', () => {
  it('links a protocol to the convention it supplements, listed before or after it', () => {
    const [protocol, convention] = joinInstruments([
      instrument('protocol', 'convention'),
      instrument('convention', null),
    ]);
    expect(protocol?.supplements).toBe(convention);
    expect(convention?.supplements).toBeNull();
  });

  it('leaves out a supplemented instrument the list does not hold', () => {
    const [protocol] = joinInstruments([instrument('protocol', 'elsewhere')]);
    expect(protocol?.supplements).toBeNull();
  });

  it('keeps the party count, not the parties', () => {
    const [convention] = joinInstruments([instrument('untoc', null)]);
    expect(convention).toMatchObject({ id: 'untoc', partyCount: 3 });
    expect(convention).not.toHaveProperty('parties');
  });
});

describe('stateOf', () => {
  it('draws a state the list does not hold by its code', () => {
    expect(stateOf(states, 'LAO')).toBe(states.get('LAO'));
    expect(stateOf(states, 'XYZ')).toMatchObject({ code: 'XYZ', name: 'XYZ', latitude: null });
  });
});
