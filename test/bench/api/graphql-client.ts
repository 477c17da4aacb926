import type { GraphqlRequest } from './queries';

/** POSTs JSON to the HTTP baseline and returns its rows; an HTTP error throws. */
export async function postJson(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`HTTP ${response.status} from ${url}: ${await response.text()}`);
  return response.json();
}

/**
 * POSTs a GraphQL request over HTTP (Node's fetch keeps connections alive) and returns the
 * data; GraphQL errors throw, so a broken question can never be timed as a fast one.
 */
export async function postGraphql(url: string, request: GraphqlRequest): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors) {
    const messages = body.errors?.map((e) => e.message).join('; ') ?? response.statusText;
    throw new Error(`GraphQL ${response.status} from ${url}: ${messages}`);
  }
  return body.data;
}
