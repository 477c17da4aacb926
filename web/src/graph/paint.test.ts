import { describe, expect, it } from 'vitest';
import { traffickingStatement } from '../test-fixtures/corpus';
import { createCorpusElements } from './elements';
import { byRegion, paint, REGION_ORDER } from './paint';
import { REGION_COLORS } from './regions';

describe('paint', () => {
  it('colours states by region and keys only the colours used, in region order', () => {
    const { elements, key } = paint(createCorpusElements([traffickingStatement]), {
      title: 'States by UN region',
      colouring: byRegion,
      order: REGION_ORDER,
    });
    const lao = elements.nodes.find((n) => n.data.id === 'LAO')?.data;
    expect(lao).toMatchObject({ color: REGION_COLORS.Asia, colorLabel: 'Asia' });
    const hub = elements.nodes.find((n) => n.data.kind === 'Declaration')?.data;
    expect(hub?.color).toBeUndefined();
    expect(key.entries.map((e) => [e.label, e.count])).toEqual([
      ['Africa', 1],
      ['Americas', 1],
      ['Asia', 1],
      ['Europe', 1],
    ]);
  });

  it('orders unranked colours by count, then label', () => {
    const { key } = paint(createCorpusElements([traffickingStatement]), {
      title: 'Kinds',
      colouring: (node) => ({ color: '#000000', label: node.kind }),
    });
    expect(key.entries.map((e) => e.label)).toEqual([
      'State',
      'Instrument',
      'Declaration',
      'Organization',
    ]);
  });
});
