import { dataVersionCypher } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';

/** The graph's data version, as one row `{ version }` ('' before any import). */
export function dataVersionQuery(): CypherQuery {
  return { text: dataVersionCypher, params: {} };
}
