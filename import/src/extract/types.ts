/**
 * Where a fact was read: the sentence, and the offsets in the ORIGINAL input of the matched
 * name (or of the sentence, for facts about the whole sentence). `sentenceStart` and
 * `sentenceEnd` are the sentence's own offsets in the original input.
 */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  sentenceStart?: number;
  sentenceEnd?: number;
}
/** A signatory state: `code` is ISO 3166-1 alpha-3, `name` the gazetteer's common name. */
export interface ExtractedSignatory {
  code: string;
  name: string;
  evidence: Evidence;
}
/** A registry instrument or organization. */
export interface ExtractedEntity {
  id: string;
  name: string;
  evidence: Evidence;
}
export interface ExtractedDeclaration {
  title: string | null;
  adoptedOn: string | null;
  occasion: string | null;
  group: string | null;
  signatories: ExtractedSignatory[];
  nonStateSignatories: { name: string; id: string | null; evidence: Evidence }[];
  references: ExtractedEntity[];
  organizations: ExtractedEntity[];
  partial: boolean;
  expectedCount: number | null;
  evidence: Evidence;
  /** How sure the reader is of the signatories, 0 to 1, and why. */
  confidence: number;
  reasons: string[];
  /** Too unsure to write: a person should check the signatories first. */
  needsReview: boolean;
}
export interface ExtractedSource {
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
}
export interface Extraction {
  declarations: ExtractedDeclaration[];
  source: ExtractedSource;
  unresolved: { text: string; evidence: Evidence; candidates: string[] }[];
  warnings: { message: string; evidence: Evidence | null }[];
}
export type TextFormat = 'txt' | 'md' | 'html';
