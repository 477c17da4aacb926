import type { ViewState } from '../../app/view-state';
import { lastDay } from '../time/year-days';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The date Treaty status and Compare count parties on: the chosen date; else the end of the
 * time range's last year (so playback steps status through the years); else today.
 * @example statusDate({ ...state, asOf: null, to: 2014 }) // '2014-12-31'
 */
export function statusDate(state: Pick<ViewState, 'asOf' | 'to'>, now = today()): string {
  if (state.asOf) return state.asOf;
  if (state.to !== null) {
    const end = lastDay(state.to);
    return end < now ? end : now;
  }
  return now;
}
