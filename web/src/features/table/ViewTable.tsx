import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { download } from '../../export/download';
import type { GraphElements } from '../../graph/elements';
import {
  COLUMNS,
  filterRows,
  rowLabel,
  rowsCsv,
  sortRows,
  tableRows,
  type ColumnKey,
  type SortOrder,
  type TableRow,
} from './table-rows';

type Props = {
  elements: GraphElements;
  /** File name stem of the CSV, the view's name. */
  name: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** Rows drawn at once; the filter narrows, and the CSV holds every row that matches. */
const MAX_SHOWN = 500;

const touches = (row: TableRow, id: string | null): boolean =>
  !!id && (row.id === id || row.sourceId === id || row.targetId === id);

/**
 * The view as a table: every tie with its dates, consent type and source. Column headings sort,
 * the box filters; rows take focus (arrow keys, Home, End) and Enter selects the tie in the graph.
 * Rows of the graph's selection are marked, and the first is brought into sight.
 */
export default function ViewTable({ elements, name, selectedId, onSelect }: Props) {
  const [order, setOrder] = useState<SortOrder>({ key: 'who', direction: 'ascending' });
  const [text, setText] = useState('');
  const filterId = useId();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const all = useMemo(() => tableRows(elements), [elements]);
  const rows = useMemo(() => sortRows(filterRows(all, text), order), [all, text, order]);
  const shown = rows.slice(0, MAX_SHOWN);

  useEffect(() => {
    const marked = bodyRef.current?.querySelector('tr[aria-current="true"]');
    marked?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const sortBy = (key: ColumnKey) =>
    setOrder((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const onRowKey = (event: React.KeyboardEvent<HTMLTableRowElement>, row: TableRow) => {
    const current = event.currentTarget;
    const siblings = [...(current.parentElement?.children ?? [])] as HTMLElement[];
    const index = siblings.indexOf(current);
    const target =
      event.key === 'ArrowDown'
        ? siblings[index + 1]
        : event.key === 'ArrowUp'
          ? siblings[index - 1]
          : event.key === 'Home'
            ? siblings[0]
            : event.key === 'End'
              ? siblings.at(-1)
              : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(row.id);
    }
  };

  return (
    <section className="view-table" aria-label="Table of the view">
      <div className="view-table__bar">
        <label htmlFor={filterId}>Filter rows</label>
        <input
          id={filterId}
          type="search"
          value={text}
          placeholder="state, treaty, year, source…"
          onChange={(event) => setText(event.target.value)}
        />
        <span role="status">
          {rows.length === all.length
            ? `${all.length} rows`
            : `${rows.length} of ${all.length} rows`}
          {rows.length > MAX_SHOWN && `; the first ${MAX_SHOWN} shown, all in the CSV`}
        </span>
        <button
          type="button"
          data-format="tableCsv"
          onClick={() =>
            download(
              `treatygraph-${name}-table.csv`,
              new Blob([rowsCsv(rows)], { type: 'text/csv' }),
            )
          }
        >
          CSV of these rows
        </button>
      </div>
      <div className="view-table__scroll">
        <table>
          <caption className="visually-hidden">
            Who signed or is party to what in this view, with dates, consent type and source. Sorted
            by {COLUMNS.find((c) => c.key === order.key)?.label}, {order.direction}.
          </caption>
          <thead>
            <tr>
              {COLUMNS.map(({ key, label }) => (
                <th key={key} scope="col" aria-sort={order.key === key ? order.direction : 'none'}>
                  <button type="button" onClick={() => sortBy(key)}>
                    {label}
                    <span aria-hidden="true">
                      {order.key === key ? (order.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {shown.map((row) => (
              <tr
                key={row.id}
                data-id={row.id}
                tabIndex={0}
                aria-label={rowLabel(row)}
                aria-current={touches(row, selectedId) ? 'true' : undefined}
                onClick={() => onSelect(row.id)}
                onKeyDown={(event) => onRowKey(event, row)}
              >
                {COLUMNS.map(({ key }) => (
                  <td key={key}>{row[key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
