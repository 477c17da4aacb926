import { LAYOUT_KEYS, type LayoutKey } from '../graph/layouts';
import type { Positions } from '../graph/positions';
import { REGION_KEYS, type RegionKey } from '../graph/regions';

/** The explorer's views, in tab order. */
export const VIEW_KEYS = [
  'signatories',
  'coalitions',
  'status',
  'treaty',
  'compare',
  'map',
  'votes',
] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export const COLOR_KEYS = ['region', 'coalition', 'status'] as const;
export type ColorKey = (typeof COLOR_KEYS)[number];

/** Everything a view shows, so that a URL restores it exactly. */
export type ViewState = {
  view: ViewKey;
  /** Cytoscape id of the selected node or edge. */
  selected: string | null;
  layout: LayoutKey;
  /** How states are coloured; null is the view's own choice (coalition in Coalitions, else region). */
  colorBy: ColorKey | null;
  /** Regions whose states are drawn; empty means every region. */
  regions: RegionKey[];
  /**
   * Only this declaration (Signatories, Coalitions), the one whose signatories Treaty status
   * shows, or the one whose signatories Votes rings.
   */
  declaration: string | null;
  /** Only declarations citing this instrument, or the instrument Treaty status and Treaty parties show. */
  instrument: string | null;
  /** First and last year of adoption shown, inclusive; null is open. */
  from: number | null;
  to: number | null;
  /** The instrument whose status colours states when `colorBy` is `status`; null is the default pick. */
  statusOf: string | null;
  /** Treaty status, Treaty parties, Compare and status colouring count parties as of this date (YYYY-MM-DD); null is today. */
  asOf: string | null;
  /** Nodes whose hidden neighbours were expanded (double-click), in order. */
  expand: string[];
  /** Compare: ids of two declarations or instruments. */
  a: string | null;
  b: string | null;
  /** At most this many declarations are loaded and drawn, newest first within the years. */
  limit: number;
  /** Nodes the user dragged, where they were dropped (whole pixels), over the layout's place. */
  moved: Positions;
  /** Votes: only roll calls on this topic (an issue code such as `hr`); null is every topic. */
  issue: string | null;
  /** Votes: the state the selected state's affinity over time is measured with. */
  versus: string | null;
};

/** The choices the filter panel offers for {@link ViewState.limit}; a URL may hold any value up to the last. */
export const LIMIT_CHOICES = [200, 1_000, 5_000, 10_000] as const;
const DEFAULT_LIMIT = 1_000;
const MAX_LIMIT = 10_000;

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'signatories',
  selected: null,
  layout: 'auto',
  colorBy: null,
  regions: [],
  declaration: null,
  instrument: null,
  statusOf: null,
  from: null,
  to: null,
  asOf: null,
  expand: [],
  a: null,
  b: null,
  limit: DEFAULT_LIMIT,
  moved: {},
  issue: null,
  versus: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** One moved node in the URL: its id (which may hold colons), then whole x and y. */
const MOVED = /^(.+):(-?\d+):(-?\d+)$/;

const oneOf = <T extends string>(keys: readonly T[], value: string | null): T | undefined =>
  keys.find((key) => key === value);

/**
 * Reads a view state from a query string; unknown or malformed values fall back to defaults,
 * so an old or hand-edited link still opens.
 * @example parseViewState('?view=compare&a=x&b=y')
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (name: string): string | null => params.get(name) || null;
  const year = (name: string): number | null => {
    const value = params.get(name);
    return value && YEAR.test(value) ? Number(value) : null;
  };
  const asOf = params.get('asOf');
  const limit = Number(params.get('limit'));
  return {
    view: oneOf(VIEW_KEYS, params.get('view')) ?? DEFAULT_VIEW_STATE.view,
    selected: text('selected'),
    layout: oneOf(LAYOUT_KEYS, params.get('layout')) ?? DEFAULT_VIEW_STATE.layout,
    colorBy: oneOf(COLOR_KEYS, params.get('color')) ?? null,
    regions: (params.get('regions') ?? '')
      .split(',')
      .flatMap((region) => oneOf(REGION_KEYS, region) ?? []),
    declaration: text('declaration'),
    instrument: text('instrument'),
    statusOf: text('statusOf'),
    from: year('from'),
    to: year('to'),
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    expand: (params.get('expand') ?? '').split(',').filter(Boolean),
    a: text('a'),
    b: text('b'),
    limit: Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT,
    moved: parseMoved(params.get('pos') ?? ''),
    issue: text('issue'),
    versus: text('versus'),
  };
}

/**
 * Writes a view state as a query string, leaving out defaults so links stay short.
 * @example formatViewState({ ...DEFAULT_VIEW_STATE, view: 'map' }) // '?view=map'
 */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const put = (name: string, value: string | number | null, fallback: string | null = null) => {
    if (value !== null && String(value) !== fallback) params.set(name, String(value));
  };
  put('view', state.view, DEFAULT_VIEW_STATE.view);
  put('layout', state.layout, DEFAULT_VIEW_STATE.layout);
  put('color', state.colorBy);
  put('regions', state.regions.length > 0 ? [...state.regions].sort().join(',') : null);
  put('declaration', state.declaration);
  put('instrument', state.instrument);
  put('statusOf', state.statusOf);
  put('from', state.from);
  put('to', state.to);
  put('asOf', state.asOf);
  put('expand', state.expand.length > 0 ? state.expand.join(',') : null);
  put('a', state.a);
  put('b', state.b);
  put('limit', state.limit, String(DEFAULT_LIMIT));
  put('issue', state.issue);
  put('versus', state.versus);
  put('selected', state.selected);
  put('pos', formatMoved(state.moved));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Moved nodes as `id:x:y` joined by commas, sorted by id so a view has one link.
 * @example formatMoved({ LAO: { x: 12.4, y: -3 } }) // 'LAO:12:-3'
 */
function formatMoved(moved: Positions): string | null {
  const entries = Object.entries(moved).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return null;
  return entries.map(([id, { x, y }]) => `${id}:${Math.round(x)}:${Math.round(y)}`).join(',');
}

function parseMoved(text: string): Positions {
  const moved: Positions = {};
  for (const entry of text.split(',')) {
    const match = MOVED.exec(entry);
    if (match) moved[match[1] ?? ''] = { x: Number(match[2]), y: Number(match[3]) };
  }
  return moved;
}
