/** What a GraphQL POST came back with, and how long it took. */
export type GraphQLReply = {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
};

/** POSTs one operation as JSON; `init` adds headers or replaces the body. */
export async function graphqlPost(
  url: string,
  request: { query: string; variables?: Record<string, unknown> },
  init: RequestInit = {},
): Promise<GraphQLReply> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    body: JSON.stringify(request),
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: GraphQLReply['body'];
  try {
    body = JSON.parse(text) as GraphQLReply['body'];
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, ms, body };
}

/** The `extensions.code` of each error, in order. */
export function errorCodes(reply: GraphQLReply): unknown[] {
  return (reply.body.errors ?? []).map((e) => e.extensions?.code);
}
