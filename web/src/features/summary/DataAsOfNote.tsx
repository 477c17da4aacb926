import type { Standing } from '../../graph/participation-status';
import { staleDataNote } from './stale-data';

/** Says how old the status data is, when the date asked is later than it; nothing otherwise. */
export default function DataAsOfNote(props: { standings: Iterable<Standing>; date: string }) {
  const note = staleDataNote(props.standings, props.date);
  return note ? (
    <p className="summary__stale" data-note="data-as-of">
      {note}
    </p>
  ) : null;
}
