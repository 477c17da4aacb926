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
export { dataVersionCypher, markDataChangedCypher } from './derive/data-version';
export {
  NEO4J_SCHEMES,
  neo4jConnection,
  neo4jEnvShape,
  neo4jUserRule,
  optionalEnv,
  type Neo4jConnection,
} from './config/neo4j-env';
export { classifyNeo4jError, type Neo4jErrorKind } from './config/neo4j-errors';
