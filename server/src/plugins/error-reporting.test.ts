import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import type { ReadFn } from '../db/read';
import type { Logger } from '../logger';
import { createOfflineYoga } from '../testing/offline-yoga';
import { graphqlRequest } from '../testing/graphql-request';

function failingYoga(error: unknown) {
  const logged: unknown[][] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (...args) => logged.push(args),
  };
  const read = (async () => {
    throw error;
  }) as ReadFn;
  return { ...createOfflineYoga({ read, logger }), logged };
}

const QUERY = '{ states { totalCount } }';

describe('errors at the edge', () => {
  it('masks an unexpected error and logs the original with the request id', async () => {
    const { yoga, close, logged } = failingYoga(new Error('secret internals'));
    const { body, headers } = await graphqlRequest(yoga, { query: QUERY });
    await close();
    const requestId = headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: 'Unexpected error.',
          path: ['states'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ],
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.[1]).toMatchObject({ message: 'secret internals' });
  });

  it.each(['SERVICE_UNAVAILABLE', 'TIMEOUT'] as const)(
    'exposes %s with its message',
    async (code) => {
      const { yoga, close, logged } = failingYoga(new AppError(code, 'Neo4j said no.'));
      const { body } = await graphqlRequest(yoga, { query: QUERY });
      await close();
      expect(body.errors).toMatchObject([{ message: 'Neo4j said no.', extensions: { code } }]);
      expect(logged).toEqual([]);
    },
  );

  it('masks AppErrors that are bugs, such as a refused write', async () => {
    const { yoga, close, logged } = failingYoga(new AppError('WRITE_REFUSED', 'write in read'));
    const { body } = await graphqlRequest(yoga, { query: QUERY });
    await close();
    expect(body.errors).toMatchObject([
      { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(logged).toHaveLength(1);
  });

  it('keeps a caller-supplied request id', async () => {
    const { yoga, close } = failingYoga(new Error('x'));
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-123' },
      body: JSON.stringify({ query: QUERY }),
    });
    await close();
    expect(response.headers.get('x-request-id')).toBe('proxy-123');
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { requestId: 'proxy-123' } }],
    });
  });

  it('passes GraphQL validation errors through unmasked', async () => {
    const { yoga, close } = failingYoga(new Error('unused'));
    const { body } = await graphqlRequest(yoga, { query: '{ states { nope } }' });
    await close();
    expect(body.errors?.[0]?.message).toContain(
      'Cannot query field "nope" on type "StateConnection"',
    );
  });
});
