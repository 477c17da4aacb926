import { IMPORT_FORMAT } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';

/**
 * One joint statement as a news agency would report it, as an import document: for tests of
 * merging, where two agencies report the same statement under slightly different titles.
 */
export function reportedStatement(options: {
  agency: string;
  title: string;
  states: string[];
  adoptedOn?: string;
}): ImportDocument {
  const { agency, title, states, adoptedOn = '2025-07-30' } = options;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const id = `${adoptedOn}-${slug}`;
  const source = `src-${agency.toLowerCase()}-${adoptedOn}`;
  return {
    format: IMPORT_FORMAT,
    nodes: {
      Source: [{ id: source, publisher: agency, publishedOn: adoptedOn }],
      Declaration: [{ id, title, adoptedOn }],
    },
    relationships: [
      { type: 'REPORTED_IN', from: id, to: source },
      ...states.map((code) => ({
        type: 'SIGNED',
        from: code,
        to: id,
        source,
        quote: `was adopted by ${states.join(', ')}`,
      })),
      { type: 'REFERENCES', from: id, to: 'untoc-trafficking-protocol', source },
    ],
  };
}

/** A document as the JSON text of an input file. */
export function asInput(name: string, document: ImportDocument) {
  return { name, content: JSON.stringify(document, null, 2) };
}
