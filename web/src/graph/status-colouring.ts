import type { Scheme } from './paint';
import { STATUS_STYLES } from './palettes';
import { STATUS_KEYS, type Standing } from './participation-status';
import { byStanding } from './status-elements';

/**
 * A standing's legend entry: "Not party" names the source and the date it says so as at, since
 * only a complete table can say it; every other group is its plain name.
 * @example standingLegend(notPartyPerUntc) // 'Not party per UNTC as at 2015-01-01'
 */
export function standingLegend(standing: Standing): string {
  const { legend } = STATUS_STYLES[standing.status];
  if (standing.status !== 'NOT_PARTY' || !standing.source) return legend;
  return `${legend} per ${standing.source}${standing.asOf ? ` as at ${standing.asOf}` : ''}`;
}

/**
 * Colours the drawn states by their status towards one instrument on `date`, with the status
 * palette (no record hollow), the legend in status order.
 * @example paint(elements, statusScheme(standings, { instrument: 'CRC', date: '1991-01-01' }))
 */
export function statusScheme(
  standings: ReadonlyMap<string, Standing>,
  { instrument, date }: { instrument: string; date: string },
): Scheme {
  const order = STATUS_KEYS.flatMap((key) => [
    ...new Set(
      [...standings.values()].filter((s) => s.status === key).map((s) => standingLegend(s)),
    ),
  ]);
  return {
    title: `${instrument} status on ${date}`,
    colouring: byStanding(standings, standingLegend),
    order,
  };
}
