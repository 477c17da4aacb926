import { NodeType, parse } from 'node-html-parser';
import type { HTMLElement, Node } from 'node-html-parser';
import { parseStatusDate } from './status-date';
import type { StatusGrid, StatusRow } from './status-row';
import { statusColumns } from './status-table-text';
import { statusAsAt } from './status-table-title';

type Cell = { text: string; markers: string[] };

const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;

/** A cell's text without its footnote markers, and the markers (`<sup>5</sup>`, `<sup>3,4</sup>`). */
function cellOf(element: HTMLElement): Cell {
  const markers: string[] = [];
  const walk = (node: Node): string => {
    if (!isElement(node)) return node.text;
    if (node.tagName === 'SUP') {
      markers.push(...node.text.split(/[^0-9a-z]+/i).filter(Boolean));
      return '';
    }
    if (node.tagName === 'BR') return ' ';
    return node.childNodes.map(walk).join('');
  };
  const text = walk(element)
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, markers };
}

function cellsOf(row: HTMLElement): HTMLElement[] {
  return row.childNodes.filter(isElement).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** The table's own rows, not those of a table nested in it. */
function rowsOf(table: HTMLElement): HTMLElement[] {
  return table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
}

function isHeader(row: HTMLElement): boolean {
  const texts = cellsOf(row).map((c) => cellOf(c).text);
  return (
    texts.some((t) => /^participants?\b/i.test(t)) &&
    texts.some((t) => /signature|ratification|accession/i.test(t))
  );
}

function statusTable(root: HTMLElement): { table: HTMLElement; header: number } | undefined {
  for (const table of root.querySelectorAll('table')) {
    const header = rowsOf(table).findIndex(isHeader);
    if (header >= 0) return { table, header };
  }
  return undefined;
}

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** Footnotes outside the table, by marker: the shortest element that starts with `<sup>N</sup>` or `N`. */
function footnotes(root: HTMLElement, table: HTMLElement): Map<string, HTMLElement> {
  const notes = new Map<string, HTMLElement>();
  for (const element of root.querySelectorAll('p, li, div, td, span')) {
    if (element.closest('table') === table) continue;
    const first = element.childNodes.find(
      (n) => !(n.nodeType === NodeType.TEXT_NODE && !n.text.trim()),
    );
    let marker: string | undefined;
    if (first && isElement(first) && first.tagName === 'SUP') marker = first.text.trim();
    else marker = /^\s*(\d{1,3})[.)]?\s+\S/.exec(element.text)?.[1];
    if (!marker) continue;
    const known = notes.get(marker);
    if (!known || element.text.length < known.text.length) notes.set(marker, element);
  }
  return notes;
}

const WITHDRAWAL = /withdr[ae]w|withdrawal|denounc|denunciation/i;
const EFFECT =
  /(?:took|take|takes|taking)\s+effect\s+(?:on|from|as\s+of)\s+(\d{1,2}\s+\p{L}+\s+\d{4})|effective\s+(?:on\s+|from\s+|as\s+of\s+)?(\d{1,2}\s+\p{L}+\s+\d{4})/iu;

function headings(root: HTMLElement): string[] {
  const selector =
    'title, h1, h2, h3, h4, h5, h6, caption, [id*=Title], [class*=title], [id*=Header]';
  return root
    .querySelectorAll(selector)
    .map((e) =>
      e.text
        .replace(/\u00a0/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((t) => t !== '' && t.length < 500);
}

/**
 * Reads the participant table of a UN Treaty Collection status page saved as HTML: the
 * Participant, Signature and consent columns, footnote markers set apart, and a withdrawal
 * taken from a Withdrawal or Denunciation column or from the participant's footnote ("… The
 * withdrawal took effect on 27 October 2017"). Each row keeps the line of its `<tr>`.
 */
export function htmlStatusGrid(text: string): StatusGrid {
  const root = parse(text, { comment: false });
  const found = statusTable(root);
  const lineAt = lineFinder(text);
  const asAt = statusAsAt(root.text);
  const base = { headings: headings(root), ...(asAt && { statusAsAt: asAt }) };
  if (!found) {
    const message = 'no table with Participant and Signature or consent columns';
    return { ...base, rows: [], issues: [{ code: 'SCHEMA', message }], notes: [] };
  }
  const all = rowsOf(found.table);
  const header = cellsOf(all[found.header] ?? found.table).map((c) => cellOf(c).text);
  const columns = statusColumns(header);
  const notes = footnotes(root, found.table);
  const grid: StatusGrid = { ...base, rows: [], issues: [], notes: [] };
  if (!columns) return grid;
  const consentHeading = header[columns.consent];
  if (consentHeading) grid.consentHeading = consentHeading;
  for (const tr of all.slice(found.header + 1)) {
    const cells = cellsOf(tr).map(cellOf);
    if (cells.every((c) => c.text === '')) continue;
    const line = lineAt(tr.range[0]);
    const at = (i: number) => (i < 0 ? '' : (cells[i]?.text ?? ''));
    const participant = cells[columns.participant] ?? { text: '', markers: [] };
    let withdrawal = at(columns.withdrawal);
    for (const marker of participant.markers) {
      const note = notes.get(marker)?.text.replace(/\s+/g, ' ');
      if (withdrawal || !note || !WITHDRAWAL.test(note)) continue;
      const effect = EFFECT.exec(note);
      const date = effect ? parseStatusDate(effect[1] ?? effect[2] ?? '') : undefined;
      if (date && date !== 'invalid') withdrawal = date.date;
      else {
        const message = `${participant.text}: footnote ${marker} tells of a withdrawal without the date it took effect; withdrawnOn left out`;
        grid.notes.push({ line, message });
      }
    }
    const row: StatusRow = {
      line,
      text: cells
        .map((c) => c.text)
        .join('\t')
        .replace(/\t+$/, ''),
      cells: {
        participant: participant.text,
        signature: at(columns.signature),
        consent: at(columns.consent),
        ...(withdrawal && { withdrawal }),
      },
    };
    grid.rows.push(row);
  }
  return grid;
}

/** Whether an HTML page holds a status table (a Participant column beside signature or consent). */
export function isHtmlStatusTable(text: string): boolean {
  return statusTable(parse(text, { comment: false })) !== undefined;
}
