import stringify from 'fast-json-stable-stringify';

/** What a GraphQL request asks, as its body or yoga's parsed params carry it. */
export type GraphqlParams = { query?: unknown; variables?: unknown; operationName?: unknown };

/**
 * One string per distinct question: operation, document and variables (key order ignored).
 * Two requests of one shape make the same expensive calls. Undefined without a document.
 */
export function requestShape(params: GraphqlParams): string | undefined {
  if (typeof params.query !== 'string') return undefined;
  const operation = typeof params.operationName === 'string' ? params.operationName : '';
  return `${operation}\n${stringify(params.variables ?? {})}\n${params.query}`;
}
