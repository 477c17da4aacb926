import { useState } from 'react';
import type { InstrumentOption } from '../features/views/default-picks';
import type { CorpusDeclaration } from '../graph/elements';
import { SHOWN, matching } from './matching-entries';

/**
 * Picks a declaration or an instrument; `none` labels an empty choice, for filters ("Any…").
 * A search box narrows long lists: only the first hundred matches are listed.
 */
export default function TargetSelect(props: {
  id: string;
  value: string | null;
  onChange: (value: string | null) => void;
  declarations: readonly CorpusDeclaration[];
  instruments: readonly InstrumentOption[];
  show: 'declarations' | 'instruments' | 'both';
  none?: string;
}) {
  const { id, value, onChange, declarations, instruments, show, none } = props;
  const [query, setQuery] = useState('');
  const groups = [
    {
      label: 'Declarations',
      entries:
        show === 'instruments'
          ? []
          : declarations.map((d) => ({
              id: d.id,
              label: `${d.title}${d.adoptedOn ? ` (${d.adoptedOn.slice(0, 4)})` : ''}`,
            })),
    },
    {
      label: 'Instruments',
      entries:
        show === 'declarations'
          ? []
          : instruments.map((i) => ({ id: i.id, label: i.shortName ?? i.name })),
    },
  ];
  const long = groups.some((g) => g.entries.length > SHOWN);
  return (
    <>
      {long && (
        <input
          type="search"
          aria-label="Search the list"
          placeholder="Search…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      )}
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        {none && <option value="">{none}</option>}
        {groups.map((group) => {
          if (group.entries.length === 0) return null;
          const shown = matching(group.entries, query, value);
          const hidden = group.entries.length - shown.length;
          return (
            <optgroup key={group.label} label={group.label}>
              {shown.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
              {hidden > 0 && (
                <option disabled value={`more-${group.label}`}>
                  {`… ${hidden.toLocaleString('en')} more: search to narrow`}
                </option>
              )}
            </optgroup>
          );
        })}
      </select>
    </>
  );
}
