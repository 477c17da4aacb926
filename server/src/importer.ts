/**
 * The port through which the API writes: the composition root (scripts/start.ts, the test
 * app) passes the importer in, so the server never imports @treatygraph/import itself.
 */
export type ImportFile = { name: string; content: string };

/** One problem in the input, located as precisely as the importer can. */
export type ImportIssueReport = {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  field?: string;
  candidates?: string[];
};

/** What one file holds, after joining reports of the same declaration. */
export type ImportFileReport = {
  name: string;
  /** Which reader took it: document, status table, press text… */
  kind: string;
  declarations: number;
  participations: number;
  /** Node and relationship rows it writes (or would). */
  nodes: number;
  relationships: number;
};

export type ChangeCount = { nodes: number; relationships: number };

export type ImportReport = {
  /** Every file was valid; when false, `issues` says why and nothing was written. */
  ok: boolean;
  dryRun: boolean;
  /** Whether anything was committed. */
  written: boolean;
  files: ImportFileReport[];
  /** Compared with the database: what is (or would be) created, updated, unchanged. */
  counts: { created: ChangeCount; updated: ChangeCount; unchanged: ChangeCount } | null;
  issues: ImportIssueReport[];
};

/** Validates, then (unless `dryRun`) writes all files in one transaction, or nothing. */
export type Importer = (files: ImportFile[], options: { dryRun: boolean }) => Promise<ImportReport>;
