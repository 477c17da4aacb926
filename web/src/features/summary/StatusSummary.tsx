import type { GraphIndex } from '../../graph/graph-index';
import { STATUS_STYLES } from '../../graph/palettes';
import { STATUS_KEYS, type Standing } from '../../graph/participation-status';
import { formatDate } from '../../ui/format-date';
import type { StatusView } from '../views/use-status-view';
import StateGroups from './StateGroups';

type Props = { view: StatusView; graph: GraphIndex; onSelect: (id: string) => void };

/** When a standing began, in words, as far as the record tells. */
function noteOf(standing: Standing | undefined): string | null {
  if (!standing) return null;
  if (standing.status === 'UNKNOWN') return 'consent recorded without a date';
  if (standing.status === 'NOT_PARTY') return null;
  if (!standing.since) return 'date not recorded';
  const since = `since ${formatDate(standing.since)}`;
  return standing.status === 'PARTY' && !standing.inForce ? `${since}, not yet in force` : since;
}

/** Treaty status in words: the signatories under each standing, with the date it began. */
export default function StatusSummary({ view, graph, onSelect }: Props) {
  const states = graph.nodes.filter((node) => node.kind === 'State');
  const groups = STATUS_KEYS.map((status) => ({
    key: status,
    title: STATUS_STYLES[status].legend,
    color: STATUS_STYLES[status].color,
    states: states
      .filter((node) => view.standings.get(node.key)?.status === status)
      .map((node) => ({
        code: node.id,
        name: node.name,
        note: noteOf(view.standings.get(node.key)),
      })),
  })).filter((group) => group.states.length > 0);
  return (
    <section className="summary" aria-label="Treaty status summary">
      <h2>
        {view.instrumentName} on {formatDate(view.date)}
      </h2>
      <p className="summary__hint">
        The signatories of the chosen declaration, by their standing with the instrument on that
        date. Click a state for its dates and sources.
      </p>
      <StateGroups groups={groups} onSelect={onSelect} />
    </section>
  );
}
