import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

/** One field-level problem of a request. */
export interface FieldProblem {
  /** Where: `body.symbols[3]`, `query.limit`, `params.symbol`. */
  readonly field: string;
  readonly message: string;
}

/** An error the API reports to the client as it is: a code, its HTTP status, a message and optional field problems. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: readonly FieldProblem[] = [],
    options: { cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.statusCode = ERROR_STATUS[code];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  readonly retryAfterSeconds: number | undefined;

  /** A 400 for one field. */
  static invalid(field: string, message: string): AppError {
    return new AppError('GS_ERR_VALIDATION', `${field} ${message}`, [{ field, message }]);
  }

  /** A 404 naming what was not found. */
  static notFound(message: string): AppError {
    return new AppError('GS_ERR_NOT_FOUND', message);
  }
}
