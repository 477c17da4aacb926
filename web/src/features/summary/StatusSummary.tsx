import type { GraphIndex } from '../../graph/graph-index';
import { STATUS_STYLES } from '../../graph/palettes';
import { STATUS_KEYS, type Standing } from '../../graph/participation-status';
import { formatDate } from '../../ui/format-date';
import type { StatusView } from '../views/use-status-view';
import DataAsOfNote from './DataAsOfNote';
import StateGroups from './StateGroups';

type Props = { view: StatusView; graph: GraphIndex; onSelect: (id: string) => void };

/** "UNTC, as at 27 January 2014": what a status rests on, when the API named it. */
function basisOf(standing: Standing): string | null {
  if (!standing.source && !standing.asOf) return null;
  const asAt = standing.asOf ? `as at ${formatDate(standing.asOf)}` : null;
  return [standing.source, asAt].filter(Boolean).join(', ');
}

/** The basis most statuses share, said once above the lists rather than under every state. */
function commonBasis(standings: Iterable<Standing>): string | null {
  const counts = new Map<string, number>();
  for (const s of standings) {
    const basis = basisOf(s);
    if (basis) counts.set(basis, (counts.get(basis) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * When a standing began and what says so, in words, as far as the record tells; the source
 * only where it differs from the view's common one (`shared`).
 */
function noteOf(standing: Standing | undefined, shared: string | null): string | null {
  if (!standing) return null;
  const own = basisOf(standing);
  const basis = own === shared ? null : own;
  if (standing.status === 'NO_RECORD') return 'no source lists it; no complete table';
  if (standing.status === 'NOT_PARTY') return `per ${own ?? 'the source'}`;
  let when: string;
  if (standing.status === 'UNKNOWN') when = 'consent recorded without a date';
  else if (!standing.since) when = 'date not recorded';
  else {
    const since = `since ${formatDate(standing.since)}`;
    when = standing.status === 'PARTY' && !standing.inForce ? `${since}, not yet in force` : since;
  }
  return basis ? `${when} (${basis})` : when;
}

/** Treaty status in words: the signatories under each standing, with the date it began. */
export default function StatusSummary({ view, graph, onSelect }: Props) {
  const shared = commonBasis(view.standings.values());
  const states = graph.nodes.filter((node) => node.kind === 'State');
  const groups = STATUS_KEYS.map((status) => ({
    key: status,
    title: STATUS_STYLES[status].legend,
    ...STATUS_STYLES[status],
    states: states
      .filter((node) => view.standings.get(node.key)?.status === status)
      .map((node) => ({
        code: node.id,
        name: node.name,
        note: noteOf(view.standings.get(node.key), shared),
      })),
  })).filter((group) => group.states.length > 0);
  return (
    <section className="summary" aria-label="Treaty status summary">
      <h2>
        {view.instrumentName} on {formatDate(view.date)}
      </h2>
      <DataAsOfNote standings={view.standings.values()} date={view.date} />
      <p className="summary__hint">
        The signatories of the chosen declaration, by their standing with the instrument on that
        date. “Not party” only where a complete table says so; “No record” where no source lists the
        state. Click a state for its dates and sources.
      </p>
      {shared && (
        <p className="details__meta" data-note="basis">
          Source: {shared}, unless noted.
        </p>
      )}
      <StateGroups groups={groups} onSelect={onSelect} />
    </section>
  );
}
