import { writeTableCsv } from '@treatygraph/formats';
import type { GraphElements } from '../../graph/elements';
import type { RelationshipType } from '../../graph/kinds';
import { formatShare } from '../../ui/format-share';

/** One tie of the view as a table row: who, how, to what, when, and who says so. */
export type TableRow = {
  /** The edge's id, which the graph selects. */
  id: string;
  sourceId: string;
  targetId: string;
  who: string;
  relation: string;
  what: string;
  since: string;
  until: string;
  consent: string;
  reportedBy: string;
};

export type ColumnKey = Exclude<keyof TableRow, 'id' | 'sourceId' | 'targetId'>;

export const COLUMNS: readonly { key: ColumnKey; label: string }[] = [
  { key: 'who', label: 'Who' },
  { key: 'relation', label: 'Relationship' },
  { key: 'what', label: 'What' },
  { key: 'since', label: 'Since' },
  { key: 'until', label: 'Until' },
  { key: 'consent', label: 'Consent' },
  { key: 'reportedBy', label: 'Source' },
];

/** Exhaustive: a new relationship type without wording is a type error. */
const RELATIONS: Record<RelationshipType, string> = {
  SIGNED: 'signed',
  ORGANIZATION_SIGNED: 'signed',
  REFERENCES: 'cites',
  SUPPORTS: 'supports',
  SUPPLEMENTS: 'supplements',
  PARTY_TO: 'party to',
  CO_SIGNED: 'co-signed with',
  VOTED_WITH: 'votes alike with',
};

/**
 * The view's edges as rows, in the order of who then what. Co-signature rows say how many
 * declarations the two states share.
 * @example tableRows(model.elements)
 */
export function tableRows(elements: GraphElements): TableRow[] {
  const names = new Map(elements.nodes.map(({ data }) => [data.id, data.name]));
  return elements.edges
    .map(({ data }) => ({
      id: data.id,
      sourceId: data.source,
      targetId: data.target,
      who: names.get(data.source) ?? data.source,
      relation:
        data.kind === 'CO_SIGNED' && data.weight !== undefined
          ? `co-signed ${data.weight} with`
          : data.kind === 'VOTED_WITH' && data.weight !== undefined
            ? `votes alike ${formatShare(data.weight)} of the time with`
            : RELATIONS[data.kind],
      what: names.get(data.target) ?? data.target,
      since: data.since ?? '',
      until: data.until ?? '',
      consent: data.consentType ?? '',
      reportedBy: data.reportedBy ?? '',
    }))
    .sort((a, b) => a.who.localeCompare(b.who) || a.what.localeCompare(b.what));
}

export type SortOrder = { key: ColumnKey; direction: 'ascending' | 'descending' };

/** Rows sorted by one column; empty cells last whatever the direction; ties keep their order. */
export function sortRows(rows: readonly TableRow[], order: SortOrder): TableRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[order.key];
    const y = b[order.key];
    if (!x || !y) return x === y ? 0 : x ? -1 : 1;
    return sign * x.localeCompare(y, undefined, { numeric: true });
  });
}

/** Rows with every word of `text` in some cell, case-insensitive. */
export function filterRows(rows: readonly TableRow[], text: string): TableRow[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const cells = COLUMNS.map(({ key }) => row[key].toLowerCase()).join('\u0000');
    return words.every((word) => cells.includes(word));
  });
}

/** The rows as CSV with the table's headings. */
export function rowsCsv(rows: readonly TableRow[]): string {
  return writeTableCsv(
    COLUMNS.map((c) => c.label),
    rows.map((row) => COLUMNS.map(({ key }) => row[key])),
  );
}

/** What a screen reader says for a row: the sentence the cells make. */
export function rowLabel(row: TableRow): string {
  const when = row.since ? ` since ${row.since}` : '';
  const until = row.until ? ` until ${row.until}` : '';
  const consent = row.consent ? ` by ${row.consent}` : '';
  const source = row.reportedBy ? `; source: ${row.reportedBy}` : '';
  return `${row.who} ${row.relation} ${row.what}${when}${until}${consent}${source}`;
}
