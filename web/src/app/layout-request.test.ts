import { describe, expect, it } from 'vitest';
import { layoutRequest } from './layout-request';

describe('layoutRequest', () => {
  it('draws Geography on the map, and groups in bands unless a layout was chosen', () => {
    expect(layoutRequest('map', 'grid', [])).toBe('geographic');
    expect(layoutRequest('compare', 'auto', ['Only A', 'Both'])).toEqual({
      bands: ['Only A', 'Both'],
    });
    expect(layoutRequest('status', 'concentric', ['Party'])).toBe('concentric');
    expect(layoutRequest('signatories', 'auto', ['Asia'])).toBe('auto');
  });
});
