/**
 * The closed set of importer error codes. Callers and tests branch on these, never on message
 * text. A document error carries one code for the whole failure and one detail per issue.
 */
export const IMPORT_ERROR_CODES = {
  /** A file could not be read: missing, unreadable, or not .yaml, .yml or .json. */
  FILE_UNREADABLE: 'FILE_UNREADABLE',
  /** The text is not well-formed YAML or JSON. */
  SYNTAX: 'SYNTAX',
  /** A value does not fit the import format: wrong type or pattern, unknown or missing field. */
  SCHEMA: 'SCHEMA',
  /** A relationship endpoint or provenance source names nothing the document, gazetteer or registry holds. */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** Two nodes of one label share a key, or two relationships share type and endpoints. */
  DUPLICATE: 'DUPLICATE',
  /** A document failed reading or validation; `details` lists every issue found, each with its own code. */
  INVALID_DOCUMENT: 'INVALID_DOCUMENT',
  /** A relationship batch matched fewer endpoints in the database than it had rows; nothing was written. */
  MISSING_ENDPOINT: 'MISSING_ENDPOINT',
  /** The run's transaction passed its time limit and was rolled back; nothing was written. */
  TRANSACTION_TIMEOUT: 'TRANSACTION_TIMEOUT',
  /** A bundled reference table (import/reference/*.yaml) is malformed: a bug in the project, not the input. */
  INVALID_REFERENCE_DATA: 'INVALID_REFERENCE_DATA',
  /** The command line or the environment (NEO4J_*) is not usable. */
  INVALID_CONFIG: 'INVALID_CONFIG',
} as const;

export type ImportErrorCode = keyof typeof IMPORT_ERROR_CODES;

/** Where one issue is, what it is, and what the input may have meant. */
export type ImportIssue = {
  code: ImportErrorCode;
  message: string;
  file?: string;
  /** 1-based line of the offending value, key or container. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Path of the field, for example `relationships[3].to`. */
  field?: string;
  /** Closest known names or keys when a reference is unknown. */
  candidates?: string[];
};

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly details: ImportIssue[];

  constructor(options: {
    code: ImportErrorCode;
    message: string;
    details?: ImportIssue[];
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.code = options.code;
    this.details = options.details ?? [];
  }
}

/** Narrows an unknown throw to an ImportError. */
export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
