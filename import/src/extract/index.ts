// Press-release and news text to declarations with evidence: the extractor's public surface.
export { extractFromText } from './extract';
export { extractionToDocument } from './to-document';
export type {
  Evidence,
  ExtractedDeclaration,
  ExtractedEntity,
  ExtractedSignatory,
  ExtractedSource,
  Extraction,
  TextFormat,
} from './types';
