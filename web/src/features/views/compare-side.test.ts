import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../../test-fixtures/corpus';
import { compareSide } from './compare-side';

const lists = {
  declarations: [traffickingStatement],
  instruments: [
    { id: 'untoc', name: 'Convention', shortName: 'UNTOC', kind: 'CONVENTION', partyCount: 0 },
  ],
};

describe('compareSide', () => {
  it('finds a declaration or an instrument by id', () => {
    expect(compareSide('decl-trafficking-2025', lists)).toMatchObject({
      kind: 'Declaration',
      label: 'Human Trafficking is Organized Crime…',
    });
    expect(compareSide('untoc', lists)).toEqual({
      id: 'untoc',
      kind: 'Instrument',
      name: 'Convention',
      label: 'UNTOC',
    });
    expect(compareSide('nothing', lists)).toBeUndefined();
    expect(compareSide(null, lists)).toBeUndefined();
  });
});
