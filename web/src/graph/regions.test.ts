import { describe, expect, it } from 'vitest';
import { toRegionKey } from './regions';

describe('toRegionKey', () => {
  it('accepts the UN M49 regions in any case and calls the rest Unknown', () => {
    expect(toRegionKey('Asia')).toBe('Asia');
    expect(toRegionKey(' oceania ')).toBe('Oceania');
    expect(toRegionKey('Latin America and the Caribbean')).toBe('Unknown');
    expect(toRegionKey('Unknown')).toBe('Unknown');
    expect(toRegionKey(null)).toBe('Unknown');
  });
});
