import { useId, useState } from 'react';
import { download } from '../../export/download';
import { groupCsv } from './group-csv';
import StateGroups, { type StateGroup } from './StateGroups';

type Row = StateGroup['states'][number] & { region?: string | null };
type Props = {
  groups: readonly (StateGroup & { states: readonly Row[] })[];
  /** File names are `treatygraph-<prefix>-<group key>.csv`. */
  csvPrefix: string;
  onSelect: (id: string) => void;
};

/**
 * State lists for large groups: a box that filters every list by name or code, each list
 * scrolling on its own, and each with a CSV of all its states (whatever the filter shows).
 */
export default function SearchableGroups({ groups, csvPrefix, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const id = useId();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (state: Row) =>
    words.every((word) => `${state.name} ${state.code}`.toLowerCase().includes(word));
  const shown = groups.map((group) => ({
    ...group,
    states: group.states.filter(matches),
    action: (
      <button
        type="button"
        className="state-groups__export"
        aria-label={`Export “${group.title}” as CSV`}
        onClick={() =>
          download(
            `treatygraph-${csvPrefix}-${group.key}.csv`,
            new Blob([groupCsv(group.states)], { type: 'text/csv;charset=utf-8' }),
          )
        }
      >
        CSV
      </button>
    ),
  }));
  const total = groups.reduce((sum, group) => sum + group.states.length, 0);
  const found = shown.reduce((sum, group) => sum + group.states.length, 0);
  return (
    <div className="state-groups--scroll">
      <label htmlFor={id} className="state-groups__find">
        Find a state
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Name or ISO code"
        onChange={(event) => setQuery(event.target.value)}
      />
      {words.length > 0 && (
        <p className="details__meta" role="status">
          {found} of {total} states match.
        </p>
      )}
      <StateGroups groups={shown} onSelect={onSelect} />
    </div>
  );
}
