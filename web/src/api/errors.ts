/** Why a GraphQL request failed: a closed set, so the UI can branch on `code`. */
export const REQUEST_ERROR_CODES = {
  /** The server could not be reached (offline, refused, aborted by the network). */
  NETWORK: 'NETWORK',
  /** The server answered with an HTTP error and no GraphQL result. */
  HTTP: 'HTTP',
  /** The server answered with something that is not a GraphQL result. */
  BAD_RESPONSE: 'BAD_RESPONSE',
  /** The result carries GraphQL errors; `errors` lists them. */
  GRAPHQL: 'GRAPHQL',
} as const;

export type RequestErrorCode = keyof typeof REQUEST_ERROR_CODES;

/** One entry of a GraphQL response's `errors`, as the server sends it. */
export type GraphQLErrorEntry = {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
};

export class RequestError extends Error {
  override readonly name = 'RequestError';

  constructor(
    readonly code: RequestErrorCode,
    message: string,
    readonly details: {
      status?: number;
      errors?: readonly GraphQLErrorEntry[];
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: details.cause });
  }

  /** The server's `extensions.code` of each GraphQL error, for example `NOT_FOUND`. */
  get serverCodes(): string[] {
    return (this.details.errors ?? []).flatMap((e) => e.extensions?.code ?? []);
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
