import { classifyNeo4jError } from '@treatygraph/schema';
import type { Neo4jErrorKind } from '@treatygraph/schema';
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors';
import type { ErrorCode } from '../errors';

const codeOf: Record<Neo4jErrorKind, ErrorCode> = {
  unavailable: 'SERVICE_UNAVAILABLE',
  timeout: 'TIMEOUT',
  'write-refused': 'WRITE_REFUSED',
  constraint: 'CONSTRAINT_VIOLATION',
};

/**
 * The one place driver errors become AppErrors, by the shared reading of Neo4j errors
 * (`classifyNeo4jError`): unavailable service, timeouts, refused writes and constraint
 * violations get a code; the original stays as `cause` for the log. Anything not recognised
 * (syntax errors, missing parameters: bugs) is returned unchanged.
 */
export function fromDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const known = classifyNeo4jError(error);
  return known ? new AppError(codeOf[known.kind], known.message, { cause: error }) : error;
}
