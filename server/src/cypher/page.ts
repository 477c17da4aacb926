import type { NodeLabel } from '@treatygraph/schema';
import type { CypherQuery } from '../db/read';
import { AppError } from '../errors';
import { decodeCursor } from './cursor';
import { afterCondition, orderBy } from './sort';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A filter term on the paged node, always bound as `n`. */
export type Condition = { text: string; params: Record<string, unknown> };

export type PageArgs = { first?: number | null; after?: string | null };
export type Page = { first: number; after: string[] | null };

/** A page query with what is needed to turn its rows into a connection. */
export type PageQuery = CypherQuery & { label: NodeLabel; page: Page };

/** Validated page size and decoded cursor. */
export function resolvePage(label: NodeLabel, args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE_SIZE}.`, {
      details: { argument: 'first' },
    });
  }
  return { first, after: args.after ? decodeCursor(label, args.after) : null };
}

/**
 * One round trip for a page and its total: count every match, then take `first + 1` after the
 * cursor in sort order (the extra row tells whether a next page exists). Returns one row
 * `{ totalCount, nodes }`.
 */
export function pageQuery(options: {
  label: NodeLabel;
  conditions: Condition[];
  page: Page;
}): PageQuery {
  const { label, conditions, page } = options;
  const after = page.after ? afterCondition(label, 'n', page.after) : null;
  const where = (terms: string[]) => (terms.length ? `WHERE ${terms.join(' AND ')}` : '');
  const filters = conditions.map((c) => c.text);
  const text = [
    `MATCH (n:${label})`,
    where(filters),
    'WITH count(n) AS totalCount',
    `OPTIONAL MATCH (n:${label})`,
    where(after ? [...filters, after.text] : filters),
    'WITH totalCount, n',
    `ORDER BY ${orderBy(label, 'n')}`,
    'LIMIT toInteger($limit)',
    'RETURN totalCount, collect(properties(n)) AS nodes',
  ]
    .filter(Boolean)
    .join('\n');
  const params = Object.assign(
    { limit: page.first + 1 },
    ...conditions.map((c) => c.params),
    after?.params,
  );
  return { text, params, label, page };
}
