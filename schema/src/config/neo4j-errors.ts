/** What a Neo4j driver or server error means for the caller. */
export type Neo4jErrorKind = 'unavailable' | 'timeout' | 'write-refused' | 'constraint';

/** Driver and server error codes, by what they mean and how to say it. */
const byCode: Record<string, { kind: Neo4jErrorKind; message: string }> = {
  ServiceUnavailable: { kind: 'unavailable', message: 'Neo4j cannot be reached.' },
  SessionExpired: { kind: 'unavailable', message: 'The Neo4j connection was lost.' },
  'Neo.ClientError.Security.Unauthorized': {
    kind: 'unavailable',
    message: 'Neo4j refused the configured credentials.',
  },
  'Neo.ClientError.Security.AuthenticationRateLimit': {
    kind: 'unavailable',
    message: 'Neo4j is rate-limiting authentication attempts.',
  },
  'Neo.ClientError.Database.DatabaseNotFound': {
    kind: 'unavailable',
    message: 'The configured Neo4j database does not exist.',
  },
  'Neo.TransientError.General.DatabaseUnavailable': {
    kind: 'unavailable',
    message: 'The Neo4j database is not available right now.',
  },
  'Neo.ClientError.Transaction.TransactionTimedOut': {
    kind: 'timeout',
    message: 'The query took too long and was stopped.',
  },
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': {
    kind: 'timeout',
    message: 'The query took too long and was stopped.',
  },
  'Neo.ClientError.Statement.AccessMode': {
    kind: 'write-refused',
    message: 'A write was attempted in a read-only transaction.',
  },
  'Neo.ClientError.Schema.ConstraintValidationFailed': {
    kind: 'constraint',
    message: 'The write breaks a constraint.',
  },
};

// The pool reports exhaustion without a code; only its message identifies it.
const POOL_TIMEOUT = /^Connection acquisition timed out/;

/**
 * The one reading of Neo4j errors, for the server (which turns it into AppError codes) and the
 * importer (whose exit code says "database unreachable"): undefined for anything else, such as
 * syntax errors (bugs). Reads `code` and `message` only, so it needs no driver.
 * @example classifyNeo4jError(error)?.kind === 'unavailable'
 */
export function classifyNeo4jError(
  error: unknown,
): { kind: Neo4jErrorKind; message: string } | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const known = typeof code === 'string' ? byCode[code] : undefined;
  if (known) return known;
  if (typeof message === 'string' && POOL_TIMEOUT.test(message)) {
    return { kind: 'unavailable', message: 'Neo4j has no free connection.' };
  }
  return undefined;
}
