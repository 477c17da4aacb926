import { ImportError } from '../errors';

// Neo4j's codes for a transaction it terminated at its time limit: the server's default
// (db.transaction.timeout) or the one the client asked for.
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

// What a transaction terminated while it waited for a lock meets, whatever the reason for the
// termination: a time limit, an operator, a shutdown.
const LOCK_CLIENT_STOPPED = 'Neo.ClientError.Transaction.LockClientStopped';

/**
 * Whether Neo4j terminated a transaction for running past its time limit: by its code, or, for
 * one stopped while it waited for a lock, by its having run past the limit the client gave.
 */
export function isTransactionTimeout(
  error: unknown,
  run: { elapsedMs: number; timeoutMs?: number },
): boolean {
  if (!(error instanceof Error && 'code' in error)) return false;
  const code = String(error.code);
  if (TIMED_OUT.has(code)) return true;
  const limit = run.timeoutMs;
  return code === LOCK_CLIENT_STOPPED && limit !== undefined && limit > 0 && run.elapsedMs >= limit;
}

/**
 * The ImportError for a run whose one transaction Neo4j ended at its time limit: how long it
 * ran, which limit applied, and that nothing was written.
 */
export function transactionTimeoutError(options: {
  elapsedMs: number;
  timeoutMs?: number;
  cause: unknown;
}): ImportError {
  const ran = `${(options.elapsedMs / 1000).toFixed(1)} s`;
  const limit =
    options.timeoutMs === undefined
      ? "the database's transaction time limit (db.transaction.timeout)"
      : `its time limit of ${(options.timeoutMs / 1000).toFixed(1)} s`;
  return new ImportError({
    code: 'TRANSACTION_TIMEOUT',
    message:
      `the import's transaction ran past ${limit} after ${ran} and was rolled back; nothing ` +
      'was written. Allow more time (--timeout SECONDS) or import fewer files at once',
    cause: options.cause,
  });
}
