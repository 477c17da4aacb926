import { extname } from 'node:path';
import type { ImportDocument } from '@treatygraph/schema';
import { ImportError } from '../errors';
import { extractFromText, extractionToDocument } from '../extract';
import type { Evidence, Extraction } from '../extract';
import { parseImportDocument } from './document';
import { parseStatusTable } from './status-table';
import type { StatusTableSource } from './status-table';
import { isHtmlStatusTable } from './status-table-html';
import { hasStatusHeader } from './status-table-text';

/** How an input is read: an import document, a treaty-status table, or a statement's text. */
export type InputKind = 'document' | 'status-table' | 'text';

export type InputWarning = {
  file: string;
  message: string;
  line?: number;
  evidence?: Evidence | null;
};
export type InputUnresolved = {
  file: string;
  text: string;
  evidence: Evidence;
  candidates: string[];
};

/** One input, read and validated: the document it writes and what the reading noticed. */
export type ReadInput = {
  file: string;
  kind: InputKind;
  document: ImportDocument;
  /** The extraction a text input was read into, with its evidence. */
  extraction?: Extraction;
  warnings: InputWarning[];
  unresolved: InputUnresolved[];
};

export type ReadInputOptions = {
  /** The instrument of a status table that does not name it in its heading. */
  instrument?: string;
  /** The date a status table was true, when it prints no "Status as at". */
  asOf?: string;
  /** Whether status tables list every participant; by default, whether they print "Status as at". */
  complete?: boolean;
  statusSource?: StatusTableSource;
};

const KINDS = ['.yaml', '.yml', '.json', '.csv', '.txt', '.md', '.html', '.htm'];

/** Which reader an input goes to, by its name and, for text and HTML, its content. */
export function inputKind(input: { name: string; content: string }): InputKind {
  const extension = extname(input.name).toLowerCase();
  if (!KINDS.includes(extension)) {
    throw new ImportError({
      code: 'FILE_UNREADABLE',
      message: `${input.name}: expected ${KINDS.join(', ')}`,
      details: [
        { code: 'FILE_UNREADABLE', message: 'unsupported file extension', file: input.name },
      ],
    });
  }
  if (['.yaml', '.yml', '.json'].includes(extension)) return 'document';
  if (extension === '.csv') return 'status-table';
  if (extension === '.txt' && hasStatusHeader(input.content)) return 'status-table';
  if (extension.startsWith('.htm') && isHtmlStatusTable(input.content)) return 'status-table';
  return 'text';
}

function readText(input: { name: string; content: string }, extension: string): ReadInput {
  const file = input.name;
  const format = extension === '.md' ? 'md' : extension.startsWith('.htm') ? 'html' : 'txt';
  const extraction = extractFromText(input.content, { file, format });
  // The extractor's document is validated like any other, so a bug there cannot write.
  const text = JSON.stringify(extractionToDocument(extraction, { file }), null, 2);
  const document = parseImportDocument({ text, file: `${file} (extracted)` });
  const warnings: InputWarning[] = extraction.warnings.map((w) => ({ file, ...w }));
  if (extraction.declarations.length === 0) {
    warnings.push({ file, message: 'no declaration found in the text' });
  }
  return {
    file,
    kind: 'text',
    document,
    extraction,
    warnings,
    unresolved: extraction.unresolved.map((u) => ({ file, ...u })),
  };
}

/**
 * Reads and validates one input: a `.yaml`, `.yml` or `.json` import document; a `.csv`
 * status table, or a `.txt` or `.html` one (the UNTC status page's table); otherwise a
 * statement's text (`.txt`, `.md`, `.html`), extracted into a document. Throws an ImportError
 * naming file, line and field.
 */
export function readInput(
  input: { name: string; content: string },
  options: ReadInputOptions = {},
): ReadInput {
  const file = input.name;
  const kind = inputKind(input);
  if (kind === 'document') {
    const document = parseImportDocument({ text: input.content, file });
    return { file, kind, document, warnings: [], unresolved: [] };
  }
  if (kind === 'status-table') {
    const table = parseStatusTable({
      text: input.content,
      file,
      ...(options.instrument && { instrument: options.instrument }),
      ...(options.asOf && { asOf: options.asOf }),
      ...(options.complete !== undefined && { complete: options.complete }),
      ...(options.statusSource && { source: options.statusSource }),
    });
    const warnings = table.notes.map(({ line, message }) => ({ file, line, message }));
    return { file, kind, document: table.document, warnings, unresolved: [] };
  }
  return readText(input, extname(file).toLowerCase());
}
