import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema';

export const SCHEMA_FILE_HEADER =
  '# Generated from server/src/graphql by `npm run gen` (server/scripts/print-schema.ts).\n' +
  '# Do not edit: web/ generates its types from this file.\n\n';

/** The SDL as committed in schema/graphql/schema.graphql: sorted, so diffs show real changes. */
export function printedSchema(): string {
  return `${SCHEMA_FILE_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
