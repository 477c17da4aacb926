export { startNeo4j } from './instance';
export type { ExitInfo, LocalNeo4j, StartOptions } from './instance';
export { provisionNeo4j } from './provision';
export type { ProvisionedNeo4j, ProvisionOptions } from './provision';
export { DEFAULT_NEO4J_VERSION } from './paths';
export type { Progress } from './paths';
