import { useEffect, useId, useState } from 'react';
import { request } from '../../api/client';
import { SearchDocument } from '../../api/generated/graphql';
import { useLoad } from '../../api/use-load';
import type { NodeRef } from '../../graph/kinds';
import { toSearchHits } from './search-hits';

type Props = { onPick: (ref: NodeRef) => void };

const DEBOUNCE_MS = 200;
const HITS = 8;

/** Full-text search over the API: a combobox whose options select and focus a node. */
export default function SearchBox({ onPick }: Props) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const [load] = useLoad(query.length >= 2 ? `search:${query}` : null, async (signal) =>
    toSearchHits((await request(SearchDocument, { query, first: HITS }, { signal })).search),
  );
  const hits = load.status === 'success' ? load.data : [];
  const shown = open && query.length >= 2;

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onPick(hit.ref);
    setText(hit.name);
    setOpen(false);
  };

  return (
    <div className="search">
      <label htmlFor={inputId} className="visually-hidden">
        Search states, declarations, instruments and organizations
      </label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        placeholder="Search…"
        autoComplete="off"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter') pick(active);
          else if (event.key === 'Escape') setOpen(false);
          else return;
          event.preventDefault();
        }}
      />
      {shown && (
        <ul id={listId} role="listbox" className="search__hits" aria-label="Search results">
          {load.status === 'loading' && <li className="search__note">Searching…</li>}
          {load.status === 'error' && (
            <li className="search__note">Search failed: {load.error.message}</li>
          )}
          {load.status === 'success' && hits.length === 0 && (
            <li className="search__note">Nothing matches “{query}”.</li>
          )}
          {hits.map((hit, i) => (
            <li
              key={`${hit.ref.kind}:${hit.ref.key}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(i);
              }}
            >
              <span className="search__name">{hit.name}</span>
              <span className="search__detail">{hit.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
