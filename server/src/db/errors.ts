import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors';
import type { ErrorCode } from '../errors';

/** Driver and server error codes, by the AppError they become. */
const codeMap: Record<string, { code: ErrorCode; message: string }> = {
  ServiceUnavailable: { code: 'SERVICE_UNAVAILABLE', message: 'Neo4j cannot be reached.' },
  SessionExpired: { code: 'SERVICE_UNAVAILABLE', message: 'The Neo4j connection was lost.' },
  'Neo.ClientError.Security.Unauthorized': {
    code: 'SERVICE_UNAVAILABLE',
    message: 'Neo4j refused the configured credentials.',
  },
  'Neo.ClientError.Security.AuthenticationRateLimit': {
    code: 'SERVICE_UNAVAILABLE',
    message: 'Neo4j is rate-limiting authentication attempts.',
  },
  'Neo.ClientError.Database.DatabaseNotFound': {
    code: 'SERVICE_UNAVAILABLE',
    message: 'The configured Neo4j database does not exist.',
  },
  'Neo.TransientError.General.DatabaseUnavailable': {
    code: 'SERVICE_UNAVAILABLE',
    message: 'The Neo4j database is not available right now.',
  },
  'Neo.ClientError.Transaction.TransactionTimedOut': {
    code: 'TIMEOUT',
    message: 'The query took too long and was stopped.',
  },
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': {
    code: 'TIMEOUT',
    message: 'The query took too long and was stopped.',
  },
  'Neo.ClientError.Statement.AccessMode': {
    code: 'WRITE_REFUSED',
    message: 'A write was attempted in a read-only transaction.',
  },
  'Neo.ClientError.Schema.ConstraintValidationFailed': {
    code: 'CONSTRAINT_VIOLATION',
    message: 'The write breaks a constraint.',
  },
};

// The pool reports exhaustion without a code; only its message identifies it.
const POOL_TIMEOUT = /^Connection acquisition timed out/;

/**
 * The one place driver errors become AppErrors: unavailable service, timeouts, refused writes
 * and constraint violations get a code; the original stays as `cause` for the log. Anything
 * not recognised (syntax errors, missing parameters: bugs) is returned unchanged.
 */
export function fromDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const mapped = codeMap[error.code];
  if (mapped) return new AppError(mapped.code, mapped.message, { cause: error });
  if (POOL_TIMEOUT.test(error.message)) {
    return new AppError('SERVICE_UNAVAILABLE', 'Neo4j has no free connection.', { cause: error });
  }
  return error;
}
