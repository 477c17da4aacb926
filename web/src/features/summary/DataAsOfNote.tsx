import type { Standing } from '../../graph/participation-status';
import { formatDate } from '../../ui/format-date';

/** The distinct as-at dates (with their sources) of data older than the date asked. */
function staleData(standings: Iterable<Standing>): string[] {
  const seen = new Map<string, string>();
  for (const s of standings) {
    if (!s.dataAsOf) continue;
    const text = `${formatDate(s.dataAsOf)}${s.source ? ` (${s.source})` : ''}`;
    seen.set(`${s.dataAsOf} ${s.source ?? ''}`, text);
  }
  return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, text]) => text);
}

/** Says how old the status data is, when the date asked is later than it; nothing otherwise. */
export default function DataAsOfNote(props: { standings: Iterable<Standing>; date: string }) {
  const stale = staleData(props.standings);
  if (stale.length === 0) return null;
  return (
    <p className="summary__stale" data-note="data-as-of">
      The data is as at {stale.join('; ')}, before {formatDate(props.date)}: these statuses are the
      last the sources knew and may have changed since.
    </p>
  );
}
