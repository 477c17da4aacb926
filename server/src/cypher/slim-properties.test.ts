import { expect, it } from 'vitest';
import { nodeRecord } from './slim-properties';

it('reads a node from pairs or from a map, leaving absent properties out', () => {
  expect(
    nodeRecord([
      ['code', 'LAO'],
      ['name', 'Laos'],
    ]),
  ).toEqual({ code: 'LAO', name: 'Laos' });
  expect(nodeRecord({ code: 'LAO', region: null })).toEqual({ code: 'LAO' });
});
