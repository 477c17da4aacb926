import { extname } from 'node:path';
import { importDocumentSchema } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import { ImportError } from '../errors';
import type { ImportIssue } from '../errors';
import { documentKeys, referenceIssues } from './reference-issues';
import { schemaIssues } from './schema-issues';
import { parseJsonSource } from './json-source';
import { parseSource } from './source-map';
import { readTextFile } from './read-text-file';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

function byPosition(a: ImportIssue, b: ImportIssue): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function invalid(file: string, issues: ImportIssue[]): ImportError {
  const details = issues.map((issue) => ({ ...issue, file })).sort(byPosition);
  const count = details.length === 1 ? '1 issue' : `${details.length} issues`;
  return new ImportError({ code: 'INVALID_DOCUMENT', message: `${file}: ${count}`, details });
}

/**
 * Parses and validates the text of a `treatygraph/1` import document, YAML or JSON. Nothing is
 * returned unless everything holds: the format, every reference, no duplicates. Otherwise
 * throws one ImportError (INVALID_DOCUMENT) whose details list every issue with its line,
 * column and field.
 * @example parseImportDocument({ text: 'format: treatygraph/1\n', file: 'empty.yaml' })
 */
export function parseImportDocument(options: { text: string; file: string }): ImportDocument {
  const { text, file } = options;
  const source = parseJsonSource(text) ?? parseSource(text);
  if (source.syntaxErrors.length > 0) {
    const issues = source.syntaxErrors.map(({ message, position }) => ({
      code: 'SYNTAX' as const,
      message,
      ...position,
    }));
    throw invalid(file, issues);
  }
  const { keys, issues: duplicates } = documentKeys(source);
  const result = importDocumentSchema.safeParse(source.value);
  const issues = [
    ...(result.success ? [] : schemaIssues(result.error.issues, { source, documentKeys: keys })),
    ...duplicates,
    ...referenceIssues(source, keys),
  ];
  if (!result.success || issues.length > 0) throw invalid(file, issues);
  // The schema validated every row against the model; its inferred type is only less precise.
  return result.data as ImportDocument;
}

/**
 * Reads a `.yaml`, `.yml` or `.json` import document from disk; see `parseImportDocument`.
 * @example readDocument('import/corpus/2025-07-30-human-trafficking-is-organized-crime.yaml')
 */
export function readDocument(file: string): ImportDocument {
  if (!EXTENSIONS.has(extname(file).toLowerCase())) {
    throw new ImportError({
      code: 'FILE_UNREADABLE',
      message: `${file}: expected a .yaml, .yml or .json file`,
      details: [{ code: 'FILE_UNREADABLE', message: 'unsupported file extension', file }],
    });
  }
  const text = readTextFile(file);
  return parseImportDocument({ text, file });
}
