import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import type { Logger } from '../logger';
import { wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';

describe('errors at the edge, against Neo4j', () => {
  let driver: Driver;
  const logged: unknown[][] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (...args) => logged.push(args),
  };

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await wipe(driver);
    // A data bug the importer would have refused: the Date scalar must not pass it on.
    await driver.executeQuery(
      "CREATE (:Declaration {id: '2025-07-30-bad', title: 'Bad date', adoptedOn: 'July 2025'})",
    );
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('masks an unexpected error, and logs it with the request id the client sees', async () => {
    const yoga = createYoga({ driver, logger });
    const { body, headers } = await graphqlRequest(yoga, {
      query: '{ declaration(id: "2025-07-30-bad") { title adoptedOn } }',
    });
    const requestId = headers.get('x-request-id');
    expect(body.data).toEqual({ declaration: { title: 'Bad date', adoptedOn: null } });
    expect(body.errors).toEqual([
      {
        message: 'Unexpected error.',
        path: ['declaration', 'adoptedOn'],
        locations: [{ line: 1, column: 45 }],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(JSON.stringify(body)).not.toContain('July 2025');
    expect(logged).toHaveLength(1);
    expect(String(logged[0]?.[0])).toContain(`request ${requestId}`);
    expect(String(logged[0]?.[1])).toContain('July 2025');
  });
});
