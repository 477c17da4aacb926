import { GraphQLError } from 'graphql';
import { MASKED_ERROR_CODE, isAppError } from '../errors';
import type { AppError } from '../errors';

export type PublicError = {
  /** What the client sees. */
  error: GraphQLError;
  /** The original, when it was masked: to be logged, never sent. */
  masked?: unknown;
};

function findAppError(error: unknown): AppError | undefined {
  for (let e: unknown = error; e instanceof Error; e = (e as GraphQLError).originalError) {
    if (isAppError(e)) return e;
    if (!(e instanceof GraphQLError)) return undefined;
  }
  return undefined;
}

function isOwnGraphQLError(error: unknown): boolean {
  for (let e: unknown = error; e instanceof GraphQLError; e = e.originalError) {
    if (!e.originalError) return true;
  }
  return false;
}

/**
 * The boundary between errors and clients. Exposed AppErrors keep their message and code;
 * errors graphql-js, yoga or the limits raise about the request itself pass as they are;
 * everything else becomes "Unexpected error." with the request id to quote.
 */
export function toPublicError(
  error: unknown,
  options: { requestId?: string; isDev?: boolean } = {},
): PublicError {
  const located = error instanceof GraphQLError ? error : undefined;
  const app = findAppError(error);
  if (app?.expose) {
    return {
      error: new GraphQLError(located?.message ?? app.message, {
        nodes: located?.nodes,
        source: located?.source,
        positions: located?.positions,
        path: located?.path,
        extensions: { ...located?.extensions, ...app.extensions },
      }),
    };
  }
  if (!app && isOwnGraphQLError(error)) return { error: error as GraphQLError };
  const original = located?.originalError ?? error;
  return {
    masked: original,
    error: new GraphQLError('Unexpected error.', {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: {
        code: MASKED_ERROR_CODE,
        ...(options.requestId ? { requestId: options.requestId } : {}),
        ...(options.isDev && original instanceof Error
          ? { originalError: { message: original.message, stack: original.stack } }
          : {}),
      },
    }),
  };
}
