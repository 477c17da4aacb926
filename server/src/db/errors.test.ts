import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { fromDriverError } from './errors';

const driverError = (code: string, message = 'm') => new Neo4jError(message, code, '50N42', '');

describe('fromDriverError', () => {
  it.each([
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT'],
    ['Neo.ClientError.Statement.AccessMode', 'WRITE_REFUSED'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONSTRAINT_VIOLATION'],
  ])('maps %s to %s, keeping the original as cause', (neo4jCode, appCode) => {
    const original = driverError(neo4jCode);
    const mapped = fromDriverError(original);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code: appCode, cause: original });
  });

  it('recognises pool exhaustion, which has no code', () => {
    const mapped = fromDriverError(
      driverError('N/A', 'Connection acquisition timed out in 10 ms.'),
    );
    expect(mapped).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('returns unrecognised errors unchanged', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    const plain = new TypeError('x');
    expect(fromDriverError(syntax)).toBe(syntax);
    expect(fromDriverError(plain)).toBe(plain);
  });
});
