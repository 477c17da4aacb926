import type { ImportIssue } from '../errors';

/** The cells of one participant row, as printed. */
export type StatusCells = {
  participant: string;
  iso3?: string;
  signature: string;
  consent: string;
  /** A withdrawal or denunciation date, from its own column or the participant's footnote. */
  withdrawal?: string;
};

/** One participant row of a status table, with its 1-based line in the input file. */
export type StatusRow = {
  line: number;
  /** The row verbatim, kept as the fact's quote. */
  text: string;
  cells: StatusCells;
  /** A `consent_type` column's value, when the table has one (empty: untyped). */
  consentType?: string;
};

/** A status table as read from one format: its rows and what its heading says. */
export type StatusGrid = {
  rows: StatusRow[];
  /** Heading lines above the table, which may name the instrument. */
  headings: string[];
  /** The consent column's heading, which says what its action letters mean. */
  consentHeading?: string;
  /** The "Status as at" date the page prints, YYYY-MM-DD. */
  statusAsAt?: string;
  issues: ImportIssue[];
  /** Rows or notes read with a caveat, such as a withdrawal note without an effective date. */
  notes: { line: number; message: string }[];
};
