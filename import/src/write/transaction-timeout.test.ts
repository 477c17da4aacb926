import { describe, expect, it } from 'vitest';
import { isTransactionTimeout, transactionTimeoutError } from './transaction-timeout';

const neo4jError = (code: string) => Object.assign(new Error('terminated'), { code });

describe('transaction timeout', () => {
  const run = { elapsedMs: 1_500, timeoutMs: 1_000 };

  it('knows the time limits of the server and of the client by their codes', () => {
    const server = neo4jError('Neo.ClientError.Transaction.TransactionTimedOut');
    const client = neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    expect(isTransactionTimeout(server, { elapsedMs: 60_000 })).toBe(true);
    expect(isTransactionTimeout(client, run)).toBe(true);
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(isTransactionTimeout(syntax, run)).toBe(false);
    expect(isTransactionTimeout('timed out', run)).toBe(false);
  });

  it('takes a stop during a lock wait for a timeout only past the limit the client gave', () => {
    const stopped = neo4jError('Neo.ClientError.Transaction.LockClientStopped');
    expect(isTransactionTimeout(stopped, run)).toBe(true);
    expect(isTransactionTimeout(stopped, { elapsedMs: 500, timeoutMs: 1_000 })).toBe(false);
    expect(isTransactionTimeout(stopped, { elapsedMs: 90_000 })).toBe(false);
  });

  it('says how long the run took, which limit applied, and that nothing was written', () => {
    const own = transactionTimeoutError({ elapsedMs: 61_234, timeoutMs: 60_000, cause: null });
    expect(own.code).toBe('TRANSACTION_TIMEOUT');
    expect(own.message).toMatch(/time limit of 60\.0 s after 61\.2 s .*nothing was written/);
    const server = transactionTimeoutError({ elapsedMs: 60_500, cause: null });
    expect(server.message).toMatch(/db\.transaction\.timeout/);
  });
});
