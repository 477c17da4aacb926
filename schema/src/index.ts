export * from './model';
export { schemaStatements, FULLTEXT_INDEX, type SchemaStatement } from './derive/constraints';
export { slugify, declarationId, sourceId } from './derive/ids';
export {
  IMPORT_FORMAT,
  importDocumentSchema,
  importDocumentJsonSchema,
  type ImportDocument,
  type NodeRow,
  type RelationshipRow,
} from './derive/import-document';
export {
  createNodesCypher,
  createRelationshipsCypher,
  mergeNodesCypher,
  mergeRelationshipsCypher,
  mergeStatements,
} from './derive/merge-statements';
