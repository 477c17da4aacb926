import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { RequestError, isAbortError, type GraphQLErrorEntry } from './errors';

export type RequestOptions = { signal?: AbortSignal };

/** Sends one typed operation and returns its typed data, or throws a {@link RequestError}. */
export type Request = <TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options?: RequestOptions,
) => Promise<TData>;

type ClientOptions = { url?: string; fetch?: typeof fetch };

const printed = new WeakMap<object, string>();
const printOnce = (document: DocumentNode): string => {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
};

/**
 * A minimal GraphQL-over-HTTP client. The production build is served by the API server, so the
 * default URL is the relative `/graphql`; the dev server proxies it.
 * @example
 * const request = createClient();
 * const data = await request(StateDetailsDocument, { code: 'LAO' });
 */
export function createClient(options: ClientOptions = {}): Request {
  const { url = '/graphql', fetch: send = (input, init) => fetch(input, init) } = options;
  return async function request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    { signal }: RequestOptions = {},
  ): Promise<TData> {
    let response: Response;
    try {
      response = await send(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
        },
        body: JSON.stringify({ query: printOnce(document), variables }),
        signal,
      });
    } catch (cause) {
      if (isAbortError(cause)) throw cause;
      throw new RequestError('NETWORK', 'The server could not be reached.', { cause });
    }

    const body: unknown = await response.json().catch(() => undefined);
    if (!isResult(body)) {
      const code = response.ok ? 'BAD_RESPONSE' : 'HTTP';
      throw new RequestError(
        code,
        `The server answered ${response.status} without a GraphQL result.`,
        {
          status: response.status,
        },
      );
    }
    if (body.errors?.length) {
      const message = body.errors.map((e) => e.message).join('; ');
      throw new RequestError('GRAPHQL', message, { status: response.status, errors: body.errors });
    }
    if (body.data == null) {
      throw new RequestError('BAD_RESPONSE', 'The server returned no data.', {
        status: response.status,
      });
    }
    return body.data as TData;
  };
}

type Result = { data?: unknown; errors?: GraphQLErrorEntry[] };

function isResult(body: unknown): body is Result {
  if (typeof body !== 'object' || body === null) return false;
  const { data, errors } = body as Result;
  return (
    (errors === undefined || Array.isArray(errors)) && (data !== undefined || errors !== undefined)
  );
}

/** The app's client, talking to the server that served the page. */
export const request = createClient();
