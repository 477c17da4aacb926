import { describe, expect, it } from 'vitest';
import { byGroup, createCompareElements, type CompareSide } from './compare-elements';
import { paint } from './paint';

const a: CompareSide = { id: 'decl', kind: 'Declaration', name: 'Statement', label: 'Statement' };
const b: CompareSide = { id: 'palermo', kind: 'Instrument', name: 'Palermo', label: 'Palermo' };
const comparison = {
  onlyA: [{ code: 'ERI', name: 'Eritrea' }],
  both: [{ code: 'LAO', name: 'Laos' }],
  onlyB: [{ code: 'FRA', name: 'France' }],
  undetermined: [{ code: 'BGD', name: 'Bangladesh' }],
  noRecordInB: [{ code: 'AUS', name: 'Australia' }],
  noRecordInA: [],
};

describe('createCompareElements', () => {
  it('joins each state to the side or sides it belongs to, an undetermined one to neither', () => {
    const { elements } = createCompareElements({ a, b, comparison });
    expect(elements.edges.map((e) => e.data.id)).toEqual([
      'SIGNED:ERI->Declaration:decl',
      'SIGNED:AUS->Declaration:decl',
      'SIGNED:LAO->Declaration:decl',
      'PARTY_TO:LAO->Instrument:palermo',
      'PARTY_TO:FRA->Instrument:palermo',
    ]);
    expect(elements.nodes.map((n) => n.data.label)).toEqual([
      'A: Statement',
      'B: Palermo',
      'Eritrea',
      'Australia',
      'Laos',
      'France',
      'Bangladesh',
    ]);
  });

  it('colours states by group, a state with no record in B hollow', () => {
    const { elements, groups } = createCompareElements({ a, b, comparison });
    const { key, elements: painted } = paint(elements, {
      title: 'Groups',
      colouring: byGroup(groups),
      order: ['Only A', 'A, no record in B', 'Both', 'Only B', 'Not known'],
    });
    expect(key.entries.map((e) => e.label)).toEqual([
      'Only A',
      'A, no record in B',
      'Both',
      'Only B',
      'Not known',
    ]);
    const hollow = painted.nodes.filter((n) => n.data.hollow).map((n) => n.data.key);
    expect(hollow).toEqual(['AUS']);
  });
});
