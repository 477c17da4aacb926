/**
 * How the exports paint the world map under the geographic layout (the SVG and the PNG alike;
 * the on-screen backdrop uses the same colours in app.css). Widths are in layout units.
 */
export const MAP_STYLE = {
  land: '#e6ebf0',
  coast: '#c5cfd9',
  graticule: '#e8edf2',
  lineWidth: 0.5,
} as const;

/** The map's two SVG paths, in the geographic layout's coordinates. */
export type MapPaths = { land: string; graticule: string };
