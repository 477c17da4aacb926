import { describe, expect, it } from 'vitest';
import { toSearchHits } from './search-hits';

describe('toSearchHits', () => {
  it('names each kind of hit and says what to select', () => {
    const hits = toSearchHits([
      { score: 3, entity: { __typename: 'State', code: 'LAO', name: 'Laos', region: 'Asia' } },
      {
        score: 2,
        entity: { __typename: 'Instrument', id: 'untoc', name: 'Convention', shortName: 'UNTOC' },
      },
      {
        score: 1,
        entity: {
          __typename: 'Organization',
          id: 'unodc',
          name: 'UN Office on Drugs and Crime',
          acronym: 'UNODC',
        },
      },
      {
        score: 1,
        entity: { __typename: 'Declaration', id: 'd', title: 'Statement', adoptedOn: null },
      },
    ]);
    expect(hits).toEqual([
      { ref: { kind: 'State', key: 'LAO' }, name: 'Laos', detail: 'State · Asia' },
      { ref: { kind: 'Instrument', key: 'untoc' }, name: 'UNTOC', detail: 'Instrument' },
      {
        ref: { kind: 'Organization', key: 'unodc' },
        name: 'UN Office on Drugs and Crime (UNODC)',
        detail: 'Organization',
      },
      { ref: { kind: 'Declaration', key: 'd' }, name: 'Statement', detail: 'Declaration' },
    ]);
  });
});
