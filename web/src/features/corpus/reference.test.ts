import { describe, expect, it } from 'vitest';
import type { InstrumentListQuery } from '../../api/generated/graphql';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { joinInstruments, stateOf } from './reference';

type Row = InstrumentListQuery['instruments']['edges'][number]['node'];

const states = new Map(traffickingStatement.signatories.map((s) => [s.code, s]));
const instrument = (id: string, supplements: string | null, parties: string[]): Row => ({
  id,
  name: id.toUpperCase(),
  shortName: null,
  kind: 'PROTOCOL' as Row['kind'],
  adoptedOn: '2000-11-15',
  supplements: supplements ? { id: supplements } : null,
  parties: parties.map((code) => ({
    signedOn: null,
    consentOn: '2003-01-01',
    consentType: null,
    withdrawnOn: null,
    evidence: null,
    state: { code },
  })),
});

describe('joinInstruments', () => {
  it('links a protocol to the convention it supplements, listed before or after it', () => {
    const [protocol, convention] = joinInstruments(
      [instrument('protocol', 'convention', []), instrument('convention', null, [])],
      states,
    );
    expect(protocol?.supplements).toBe(convention);
    expect(convention?.supplements).toBeNull();
  });

  it('leaves out a supplemented instrument the list does not hold', () => {
    const [protocol] = joinInstruments([instrument('protocol', 'elsewhere', [])], states);
    expect(protocol?.supplements).toBeNull();
  });

  it('joins each party to its state, and draws an unknown one by its code', () => {
    const [convention] = joinInstruments([instrument('untoc', null, ['LAO', 'XYZ'])], states);
    expect(convention?.parties.map((p) => p.state)).toEqual([
      states.get('LAO'),
      stateOf(states, 'XYZ'),
    ]);
    expect(stateOf(states, 'XYZ')).toMatchObject({ code: 'XYZ', name: 'XYZ', latitude: null });
  });
});
