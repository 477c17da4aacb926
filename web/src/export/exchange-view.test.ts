import { describe, expect, it } from 'vitest';
import { toExchangeView } from './exchange-view';

describe('toExchangeView', () => {
  it('keeps positions, colours, weights and portable data', () => {
    const view = toExchangeView(
      [
        {
          data: {
            id: 'LAO',
            kind: 'State',
            label: 'Laos',
            name: 'Laos',
            color: '#009E73',
            latitude: 18,
            region: 'Asia',
            scale: undefined,
          },
          position: { x: 1.234567, y: -2 },
        },
      ],
      [
        {
          data: {
            id: 'e',
            kind: 'CO_SIGNED',
            source: 'LAO',
            target: 'BOL',
            weight: 3,
            shared: ['a', 'b'],
            nested: { no: 1 },
          },
        },
      ],
    );
    expect(view.nodes).toEqual([
      {
        id: 'LAO',
        kind: 'State',
        label: 'Laos',
        x: 1.23,
        y: -2,
        color: '#009E73',
        data: { label: 'Laos', name: 'Laos', latitude: 18, region: 'Asia' },
      },
    ]);
    expect(view.edges).toEqual([
      {
        id: 'e',
        kind: 'CO_SIGNED',
        source: 'LAO',
        target: 'BOL',
        weight: 3,
        data: { shared: ['a', 'b'] },
      },
    ]);
  });

  it('weighs unweighted edges 1', () => {
    const view = toExchangeView(
      [],
      [{ data: { id: 'e', kind: 'SIGNED', source: 'a', target: 'b' } }],
    );
    expect(view.edges[0]?.weight).toBe(1);
  });
});
