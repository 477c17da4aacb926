import { STATUS_STYLES } from '../../graph/palettes';
import { STATUS_KEYS } from '../../graph/participation-status';
import { formatDate } from '../../ui/format-date';
import type { TreatyView } from '../views/use-treaty-view';
import SearchableGroups from './SearchableGroups';

type Props = { view: TreatyView; onSelect: (id: string) => void };

/**
 * Treaty parties in words: every state with a record and every organization party, under its
 * standing, each list with CSV.
 */
export default function TreatySummary({ view, onSelect }: Props) {
  const states = view.elements.nodes.filter(
    (node) => node.data.kind === 'State' || node.data.kind === 'Organization',
  );
  const groups = STATUS_KEYS.map((status) => ({
    key: status,
    title: STATUS_STYLES[status].legend,
    color: STATUS_STYLES[status].color,
    states: states
      .filter((node) => view.standings.get(node.data.key)?.status === status)
      .map(({ data }) => {
        const since = view.standings.get(data.key)?.since;
        return {
          code: data.key,
          node: data.id,
          name: data.name,
          region: data.region,
          note: since ? `since ${formatDate(since)}` : null,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((group) => group.states.length > 0);
  return (
    <section className="summary" aria-label="Treaty parties summary">
      <h2>
        {view.instrumentName} on {formatDate(view.date)}
      </h2>
      <p className="summary__hint">
        Every state with a signature or consent recorded for this instrument, and every organization
        party to it, by its standing on that date. Click one for its dates and sources.
      </p>
      <SearchableGroups
        groups={groups}
        csvPrefix={`treaty-${view.instrumentId}`}
        onSelect={onSelect}
      />
    </section>
  );
}
