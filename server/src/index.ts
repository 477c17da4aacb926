/** @treatygraph/server: the GraphQL API over the treaty graph. */
export { loadConfig } from './config';
export type { Config, Neo4jConfig } from './config';
export { createDriver } from './db/driver';
export { createReader } from './db/read';
export type { CypherQuery, ReadFn, ReaderOptions } from './db/read';
export { AppError, errorCodes, isAppError } from './errors';
export type { ErrorCode } from './errors';
export { startServer } from './http-server';
export type { RunningServer, StartServerOptions } from './http-server';
export type {
  ChangeCount,
  ImportFile,
  ImportFileReport,
  ImportIssueReport,
  ImportReport,
  Importer,
} from './importer';
export type { Logger } from './logger';
export type { Limits } from './plugins/limits';
export { createYoga } from './yoga';
export type { CreateYogaOptions, TreatygraphYoga } from './yoga';
