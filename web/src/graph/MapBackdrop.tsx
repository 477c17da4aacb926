import { useEffect, useState } from 'react';
import { graticulePath } from './land-path';
import { loadLandPath } from './load-land';

type Props = { pan: { x: number; y: number }; zoom: number };

const GRATICULE = graticulePath();

/**
 * The world under the geographic layout: land and a 30° graticule, drawn in the layout's own
 * coordinates and moved with the canvas's pan and zoom.
 */
export default function MapBackdrop({ pan, zoom }: Props) {
  const [path, setPath] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadLandPath().then(
      (d) => {
        if (live) setPath(d);
      },
      (error: unknown) => console.warn('treatygraph: the world map could not be loaded', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <svg className="map-backdrop" aria-hidden="true">
      <g transform={`translate(${pan.x} ${pan.y}) scale(${zoom})`}>
        <path d={GRATICULE} className="map-backdrop__graticule" />
        {path && <path d={path} className="map-backdrop__land" />}
      </g>
    </svg>
  );
}
