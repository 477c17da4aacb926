import type { Attributes } from 'graphology-types';
import type { ExchangeView } from './exchange-view';
import { toGraphology } from './to-graphology';

// Spreadsheets execute cells that start with these; a leading quote keeps them text.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(fixed: string[], rows: { fixed: unknown[]; attributes: Attributes }[]) {
  const extra = [...new Set(rows.flatMap((row) => Object.keys(row.attributes)))].sort();
  const lines = [[...fixed, ...extra].map(cell).join(',')];
  for (const row of rows) {
    lines.push([...row.fixed, ...extra.map((key) => row.attributes[key])].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Nodes table with Gephi's spreadsheet-import headers (`Id`, `Label`). */
export function writeNodesCsv(view: ExchangeView): string {
  const graph = toGraphology(view);
  return table(
    ['Id', 'Label', 'Kind'],
    graph.mapNodes((id, { label, kind, ...attributes }) => ({
      fixed: [id, label, kind],
      attributes,
    })),
  );
}

/** Edges table with Gephi's spreadsheet-import headers (`Source`, `Target`, `Type`, `Weight`). */
export function writeEdgesCsv(view: ExchangeView): string {
  const graph = toGraphology(view);
  return table(
    ['Id', 'Source', 'Target', 'Type', 'Kind', 'Weight'],
    [...graph.edgeEntries()].map(
      ({ edge, attributes: { kind, weight, ...attributes }, source, target }) => ({
        fixed: [edge, source, target, 'Directed', kind, weight],
        attributes,
      }),
    ),
  );
}

/**
 * Any table as CSV (RFC 4180 quoting, formula-safe cells), for lists that are not a graph.
 * @example writeTableCsv(['who', 'since'], [['Laos', '2003-09-26']])
 */
export function writeTableCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
