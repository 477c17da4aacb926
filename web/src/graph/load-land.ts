import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landUrl from 'world-atlas/land-110m.json?url';
import { landPath, type LandGeometry } from './land-path';

let land: Promise<string> | undefined;

/**
 * The world's land (Natural Earth 1:110m) as one SVG path in the geographic layout's
 * coordinates. Fetched once, the first time a map is shown or exported.
 */
export function loadLandPath(): Promise<string> {
  land ??= fetch(landUrl)
    .then((response) => response.json() as Promise<Topology<{ land: GeometryCollection }>>)
    .then((topology) =>
      feature(topology, topology.objects.land)
        .features.map((f) => landPath(f.geometry as LandGeometry))
        .join(''),
    );
  return land;
}
