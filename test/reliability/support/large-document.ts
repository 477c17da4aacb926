import { parseImportDocument } from '@treatygraph/import';
import type { ImportDocument } from '@treatygraph/schema';

const STATES = ['BLR', 'BHR', 'BGD', 'BOL', 'EGY', 'IND', 'KAZ', 'LAO', 'NGA', 'QAT', 'RUS', 'VEN'];

/**
 * A valid import document of `declarations` declarations (numbered from `from`), each signed
 * by twelve gazetteer states with a quote: big enough that writing it takes seconds.
 */
export function largeDocument(declarations: number, from = 0): ImportDocument {
  const source = 'src-reliability-large';
  const rows = Array.from({ length: declarations }, (_, n) => n + from).map((i) => ({
    id: `2020-01-01-reliability-${i}`,
    title: `Reliability declaration ${i}`,
    adoptedOn: '2020-01-01',
    summary: `Declaration ${i} of a generated load. `.repeat(4),
  }));
  const relationships = rows.flatMap((row) =>
    STATES.map((from) => ({ type: 'SIGNED', from, to: row.id, source, quote: `${from} signed` })),
  );
  const text = JSON.stringify({
    format: 'treatygraph/1',
    nodes: { Source: [{ id: source, title: 'Generated' }], Declaration: rows },
    relationships,
  });
  return parseImportDocument({ text, file: 'large.json' });
}
