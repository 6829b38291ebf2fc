import type { FieldProblem } from './app-error.js';
import type { ErrorCode } from './error-codes.js';

/** The JSON body of every error answer. */
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  /** Field-level problems of a 400, in request order. */
  readonly problems?: readonly FieldProblem[];
  /** The request's id, to find it in the logs. */
  readonly requestId?: string;
}

/** JSON schema of {@link ErrorBody}, used as the response schema of every 4xx/5xx. */
export const ERROR_BODY_SCHEMA = {
  $id: 'ErrorBody',
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: 'GS_ERR_* code' },
    message: { type: 'string' },
    problems: {
      type: 'array',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
    requestId: { type: 'string' },
  },
} as const;
