import { describe, expect, it } from 'vitest';
import { graticulePath, landPath } from './land-path';

describe('landPath', () => {
  it('projects each ring like the geographic layout: 4 px a degree, north up', () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 0],
    ];
    expect(landPath({ type: 'Polygon', coordinates: [square] })).toBe('M0,0L40,0L40,-40L0,0Z');
    expect(landPath({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBe(
      'M0,0L40,0L40,-40L0,0ZM0,0L40,0L40,-40L0,0Z',
    );
  });
});

describe('landPath across the antimeridian and the far south', () => {
  it('keeps a ring that crosses ±180° in one piece, running on past the edge', () => {
    const chukotka = [
      [170, 65],
      [-170, 65],
      [-170, 70],
      [170, 65],
    ];
    expect(landPath({ type: 'Polygon', coordinates: [chukotka] })).toBe(
      'M680,-260L760,-260L760,-280L680,-260Z',
    );
  });

  it('leaves Antarctica out', () => {
    const antarctica = [
      [-180, -70],
      [0, -80],
      [180, -70],
      [-180, -70],
    ];
    expect(landPath({ type: 'Polygon', coordinates: [antarctica] })).toBe('');
  });
});

describe('graticulePath', () => {
  it('draws five parallels and thirteen meridians across the world', () => {
    const path = graticulePath();
    expect(path.match(/H/g)).toHaveLength(5);
    expect(path.match(/V/g)).toHaveLength(13);
    expect(path).toContain('M-720,0H720');
  });
});
