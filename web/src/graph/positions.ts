import type { GraphElements } from './elements';

export type Positions = Record<string, { x: number; y: number }>;

/** Pixels per degree: a world map 1,440 px wide at zoom 1; labels stay readable when it is fitted. */
export const PX_PER_DEGREE = 4;
/** Gap between the map and the rows of nodes that have no coordinates. */
const GAP = 120;
const ROW_SPACING = 110;

/**
 * Positions for the geographic layout: each state at its geographic centre (equirectangular, north
 * up); every other node at the mean of its placed neighbours, nudged up so it does not hide them;
 * what is left in a row under the map.
 * @example geographicPositions(elements).LAO // { x: 420, y: -72 }
 */
export function geographicPositions(elements: GraphElements): Positions {
  const positions: Positions = {};
  for (const { data } of elements.nodes) {
    if (data.latitude !== undefined && data.longitude !== undefined) {
      positions[data.id] = { x: data.longitude * PX_PER_DEGREE, y: -data.latitude * PX_PER_DEGREE };
    }
  }
  const neighbours = new Map<string, string[]>();
  for (const { data } of elements.edges) {
    neighbours.set(data.source, [...(neighbours.get(data.source) ?? []), data.target]);
    neighbours.set(data.target, [...(neighbours.get(data.target) ?? []), data.source]);
  }
  const unplaced: string[] = [];
  for (const { data } of elements.nodes) {
    if (positions[data.id]) continue;
    const placed = (neighbours.get(data.id) ?? []).flatMap((id) => positions[id] ?? []);
    if (placed.length === 0 || data.kind === 'State') {
      unplaced.push(data.id);
      continue;
    }
    const mean = (axis: 'x' | 'y') => placed.reduce((sum, p) => sum + p[axis], 0) / placed.length;
    positions[data.id] = { x: mean('x'), y: mean('y') - GAP };
  }
  const bottom = 90 * PX_PER_DEGREE + GAP;
  unplaced.forEach((id, i) => {
    positions[id] = { x: -180 * PX_PER_DEGREE + i * ROW_SPACING, y: bottom };
  });
  return positions;
}

const CELL_X = 110;
const CELL_Y = 64;
const COLUMNS_PER_BAND = 3;
/** Space between two bands, so that large bands read as separate blocks. */
const BAND_GAP = CELL_X;

/**
 * Columns of a band of `count` states: three while that stays short, then as many as make the
 * band about square, so 190 parties form a block rather than a column 60 rows tall.
 * @example bandColumns(9) // 3
 * @example bandColumns(190) // 11
 */
export function bandColumns(count: number): number {
  return Math.max(COLUMNS_PER_BAND, Math.ceil(Math.sqrt((count * CELL_Y) / CELL_X)));
}

/**
 * Positions for views of groups (Treaty status, Treaty parties, Compare): states in side-by-side
 * bands, one per colour in `order` (their `colorLabel`), each band a grid sorted by name (three
 * columns, wider for large groups, see {@link bandColumns}); the other nodes (hubs) in a row
 * above, ordered by where their neighbours are, so A sits left and B right.
 * @example bandPositions(elements, ['Only A', 'Both', 'Only B'])
 */
export function bandPositions(elements: GraphElements, order: readonly string[]): Positions {
  const positions: Positions = {};
  const states = elements.nodes
    .map(({ data }) => data)
    .filter((data) => data.kind === 'State')
    .sort((a, b) => a.name.localeCompare(b.name));
  const labels = [...new Set(states.map((s) => s.colorLabel ?? ''))].sort(
    (a, b) => rankOf(order, a) - rankOf(order, b),
  );
  const bands = labels.map((label) => {
    const members = states.filter((s) => (s.colorLabel ?? '') === label);
    return { members, columns: bandColumns(members.length) };
  });
  const widthOf = (columns: number) => columns * CELL_X + BAND_GAP;
  const total = bands.reduce((sum, band) => sum + widthOf(band.columns), 0);
  let left = -total / 2;
  const centres: number[] = [];
  for (const { members, columns } of bands) {
    const centre = left + widthOf(columns) / 2;
    centres.push(centre);
    left += widthOf(columns);
    members.forEach((state, i) => {
      const column = i % columns;
      positions[state.id] = {
        x: centre + (column - (columns - 1) / 2) * CELL_X,
        y: Math.floor(i / columns) * CELL_Y,
      };
    });
  }
  // Hubs in a row above the bands, in the order of the groups they join, spread over the bands'
  // width: A over its own states, B over its own, whatever they share.
  const meanX = (id: string): number => {
    const xs = elements.edges
      .flatMap(({ data }) =>
        data.source === id ? [data.target] : data.target === id ? [data.source] : [],
      )
      .flatMap((other) => positions[other]?.x ?? []);
    return xs.length ? xs.reduce((sum, v) => sum + v, 0) / xs.length : 0;
  };
  const hubs = elements.nodes
    .map(({ data }) => ({ id: data.id, kind: data.kind, x: meanX(data.id) }))
    .filter((hub) => hub.kind !== 'State')
    .sort((a, b) => a.x - b.x);
  // From the first band's centre to the last's; over one band, across a small band's width.
  const first = centres[0] ?? 0;
  const spread = centres.length > 1 ? 0 : widthOf(COLUMNS_PER_BAND) / 2;
  const from = first - spread;
  const to = (centres[centres.length - 1] ?? 0) + spread;
  hubs.forEach((hub, i) => {
    const x = hubs.length === 1 ? (from + to) / 2 : from + (i * (to - from)) / (hubs.length - 1);
    positions[hub.id] = { x, y: -GAP - CELL_Y };
  });
  return positions;
}

function rankOf(order: readonly string[], label: string): number {
  const i = order.indexOf(label);
  return i === -1 ? order.length : i;
}
