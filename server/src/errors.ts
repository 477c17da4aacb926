/**
 * The closed table of error codes the server produces. `expose: true` codes reach API clients
 * as `extensions.code` with their message; the others are bugs or operator problems, masked
 * as "Unexpected error." at the edge and logged with the request id.
 */
export const errorCodes = {
  /** An argument is malformed: a cursor, a page size, a date, an empty filter value. */
  BAD_USER_INPUT: { expose: true },
  /** An id names nothing the operation can use (a field that cannot answer null). */
  NOT_FOUND: { expose: true },
  /** The operation nests selections deeper than the limit. */
  DEPTH_LIMIT: { expose: true },
  /** The operation uses more aliases than the limit (a cheap way to multiply work). */
  ALIAS_LIMIT: { expose: true },
  /** The operation repeats directives more than the limit. */
  DIRECTIVE_LIMIT: { expose: true },
  /** The operation document has more tokens than the limit. */
  TOKEN_LIMIT: { expose: true },
  /** The estimated cost (page sizes times nested lists) is over the limit. */
  COST_LIMIT: { expose: true },
  /** The operation asks for `__schema` or `__type` while introspection is off (config). */
  INTROSPECTION_DISABLED: { expose: true },
  /** A write came without `Authorization: Bearer <token>`, or with the wrong token. */
  UNAUTHENTICATED: { expose: true },
  /** Writes are off: the server was started without IMPORT_TOKEN (or without an importer). */
  WRITES_DISABLED: { expose: true },
  /** Neo4j cannot serve the request: unreachable, restarting, refusing credentials, no such database. */
  SERVICE_UNAVAILABLE: { expose: true },
  /** The query ran longer than the transaction timeout. */
  TIMEOUT: { expose: true },
  /** An expensive operation was refused at once: the work queue or the client's quota is full. */
  RATE_LIMITED: { expose: true },
  /** A write was attempted through the read-only path: a bug in a query builder. */
  WRITE_REFUSED: { expose: false },
  /** A write broke a uniqueness or existence constraint. */
  CONSTRAINT_VIOLATION: { expose: false },
  /** The environment does not describe a usable configuration (start-up only). */
  INVALID_CONFIG: { expose: false },
} as const satisfies Record<string, { expose: boolean }>;

export type ErrorCode = keyof typeof errorCodes;

/** The code masked errors carry, as graphql-yoga names it. Never thrown as an AppError. */
export const MASKED_ERROR_CODE = 'INTERNAL_SERVER_ERROR';

export type AppErrorOptions = {
  cause?: unknown;
  /** Structured, client-safe details merged into `extensions` when the code is exposed. */
  details?: Record<string, unknown>;
};

/** The server's one error class: a code from the table, a human message, an optional cause. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }

  /** Whether clients may see this error's message and code. */
  get expose(): boolean {
    return errorCodes[this.code].expose;
  }

  /**
   * graphql-js copies an original error's `extensions` onto the GraphQLError it wraps it in
   * (argument coercion, resolvers), so exposed codes survive without extra plumbing.
   */
  get extensions(): Record<string, unknown> {
    return this.expose ? { ...this.details, code: this.code } : {};
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
