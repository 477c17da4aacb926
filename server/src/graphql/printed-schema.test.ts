import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { printedSchema } from './print-schema';

const committed = fileURLToPath(new URL('../../../schema/graphql/schema.graphql', import.meta.url));

it('matches the committed schema/graphql/schema.graphql', () => {
  const fresh = printedSchema();
  const onDisk = readFileSync(committed, 'utf8');
  if (onDisk !== fresh) {
    expect.fail('schema/graphql/schema.graphql is stale: run `npm run gen` and commit the result.');
  }
});
