import { PX_PER_DEGREE } from './positions';

type Ring = readonly (readonly number[])[];
/** The GeoJSON geometries land outlines come as. */
export type LandGeometry =
  | { type: 'Polygon'; coordinates: readonly Ring[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

const n = (value: number): string => String(Math.round(value * 10) / 10);

/** Antarctica: no state sits there, and on a flat map its ring wraps the whole width. */
const SOUTH_LIMIT = -60;

/**
 * A ring with continuous longitudes: one that crosses the antimeridian (Russia, Fiji) runs on
 * past ±180° instead of jumping across the map.
 */
function unwrap(ring: Ring): [number, number][] {
  const points: [number, number][] = [];
  for (const [lon = 0, lat = 0] of ring) {
    const previous = points.at(-1)?.[0];
    let x = lon;
    if (previous !== undefined) {
      while (x - previous > 180) x -= 360;
      while (x - previous < -180) x += 360;
    }
    points.push([x, lat]);
  }
  return points;
}

/**
 * An SVG path of land outlines in the geographic layout's coordinates (equirectangular, north
 * up, {@link PX_PER_DEGREE} per degree), so the map lines up with the states placed on it.
 * Antarctica is left out.
 * @example landPath({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] })
 */
export function landPath(geometry: LandGeometry): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((rings) => rings.map(unwrap))
    .filter((ring) => ring.some(([, lat]) => lat > SOUTH_LIMIT))
    .map(
      (ring) =>
        `M${ring.map(([lon, lat]) => `${n(lon * PX_PER_DEGREE)},${n(-lat * PX_PER_DEGREE)}`).join('L')}Z`,
    )
    .join('');
}

/** Parallels and meridians every 30°, in the same coordinates. */
export function graticulePath(): string {
  const lines: string[] = [];
  for (let lat = -60; lat <= 60; lat += 30) {
    lines.push(`M${-180 * PX_PER_DEGREE},${-lat * PX_PER_DEGREE}H${180 * PX_PER_DEGREE}`);
  }
  for (let lon = -180; lon <= 180; lon += 30) {
    lines.push(`M${lon * PX_PER_DEGREE},${-90 * PX_PER_DEGREE}V${90 * PX_PER_DEGREE}`);
  }
  return lines.join('');
}
