import type { GraphElements } from '../../graph/elements';
import { paint } from '../../graph/paint';
import { STATUS_STYLES } from '../../graph/palettes';
import { STATUS_KEYS, type Standing } from '../../graph/participation-status';
import { byStanding } from '../../graph/status-elements';
import type { ViewModel } from './view-model';

/** A view of states by their standing towards an instrument on `date`, painted. */
export type PaintedStandings = Pick<ViewModel, 'elements' | 'colorKey'> & {
  standings: ReadonlyMap<string, Standing>;
  date: string;
};

const STATUS_ORDER = STATUS_KEYS.map((key) => STATUS_STYLES[key].legend);

/**
 * Colours the states of Treaty status and Treaty parties by their standing on `date`, with the
 * legend in status order.
 * @example paintStandings(createTreatyElements(data.instrument), '2004-01-01')
 */
export function paintStandings(
  drawn: { elements: GraphElements; standings: ReadonlyMap<string, Standing> },
  date: string,
): PaintedStandings {
  const { elements, key: colorKey } = paint(drawn.elements, {
    title: `Status on ${date}`,
    colouring: byStanding(drawn.standings),
    order: STATUS_ORDER,
  });
  return { elements, colorKey, standings: drawn.standings, date };
}
