import type { Identifier } from '@treatygraph/schema';

/** One instrument as a source describes it, before it is matched to the graph. */
export type SourceInstrument = {
  identifier: Identifier;
  name: string;
  adoptedOn?: string;
  entryIntoForceOn?: string;
  /** Where the source defines it, for reports. */
  file: string;
  line: number;
};

/** One source's account of one state's or organization's participation in one instrument. */
export type SourceClaim = {
  /** The instrument's identifier in the source (`SourceInstrument.identifier`). */
  instrument: Identifier;
  /** The participant's key: a State code, or an Organization id when `party` says so. */
  state: string;
  /** Present when the participant is a registry organization, such as the European Union. */
  party?: 'Organization';
  /** PARTICIPATION_CLAIM properties other than provenance. */
  props: Record<string, string | string[]>;
  quote: string;
  file: string;
  line: number;
  /** Further rows of the same file that the source repeats for this state and instrument. */
  mergedLines?: number[];
};

/**
 * One participation table of the source (a COVERS relationship): `complete` when it lists every
 * state that had signed or consented by the source's date, so that a state it leaves out was no
 * party then.
 */
export type SourceTable = { instrument: Identifier; complete: boolean };

/** A row or cell left out, or a match left for review: reported with its file and line. */
export type DatasetNote = { file: string; line?: number; message: string };

/** A whole source folder read: its Source row, instruments and claims, and what was left out. */
export type Dataset = {
  /** The layout it was read as, for example `untc-mtdsg`. */
  layout: string;
  source: Record<string, string | number>;
  instruments: SourceInstrument[];
  claims: SourceClaim[];
  tables: SourceTable[];
  /** Rows, cells and headings that could not be read, each with its file and line. */
  skipped: DatasetNote[];
};
