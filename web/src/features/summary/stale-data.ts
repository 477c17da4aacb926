import type { Standing } from '../../graph/participation-status';
import { formatDate } from '../../ui/format-date';

/**
 * How old the status data is, when the date asked is later than it (each distinct as-at date
 * with its source); null when no answer rests on older data.
 * @example staleDataNote(standings, '2026-12-02') // 'The data is as at 27 January 2014 (UNTC), before 2 December 2026: …'
 */
export function staleDataNote(standings: Iterable<Standing>, date: string): string | null {
  const seen = new Map<string, string>();
  for (const s of standings) {
    if (!s.dataAsOf) continue;
    const text = `${formatDate(s.dataAsOf)}${s.source ? ` (${s.source})` : ''}`;
    seen.set(`${s.dataAsOf} ${s.source ?? ''}`, text);
  }
  if (seen.size === 0) return null;
  const stale = [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, t]) => t);
  return `The data is as at ${stale.join('; ')}, before ${formatDate(date)}: these statuses are the last the sources knew and may have changed since.`;
}
