import type { CorpusWindow } from './load-corpus';
import { firstDay } from '../time/year-days';

/**
 * The declarations to load for a view: the newest `limit` of the whole corpus, unless that set
 * was cut and the years asked for reach past its oldest declaration; then the newest `limit`
 * within those years, which the server filters. Newer years need no second load: newest-first
 * order means every declaration after the oldest one loaded is already in.
 * @example corpusWindow({ limit: 1000, from: 1990, to: 1999 }, newest1000) // { limit: 1000, from: 1990, to: 1999 }
 */
export function corpusWindow(
  asked: { limit: number; from: number | null; to: number | null },
  newest: { declarations: readonly { adoptedOn: string | null }[]; totalCount: number } | null,
): CorpusWindow {
  const whole: CorpusWindow = { limit: asked.limit, from: null, to: null };
  if (!newest || newest.totalCount <= newest.declarations.length) return whole;
  if (asked.from === null && asked.to === null) return whole;
  const oldest = newest.declarations.reduce<string | null>(
    (min, d) => (d.adoptedOn && (min === null || d.adoptedOn < min) ? d.adoptedOn : min),
    null,
  );
  // The day itself may hold more declarations than were loaded, so it must lie after the start.
  const covered = asked.from !== null && oldest !== null && firstDay(asked.from) > oldest;
  return covered ? whole : { limit: asked.limit, from: asked.from, to: asked.to };
}
