import type { FastifyError } from 'fastify';
import { StorageConflictError } from '../storage/repositories/storage-conflict-error.js';
import { StorageInputError } from '../storage/repositories/storage-input-error.js';
import { AppError, type FieldProblem } from './app-error.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import type { ErrorBody } from './error-body.js';
import { ERROR_STATUS, type ErrorCode } from './error-codes.js';
import { SYMBOL_FIELDS, toMarketDataAppError } from './to-market-data-app-error.js';

/** How an error is answered: HTTP status, JSON body, and whether it is ours to log as a failure. */
export interface ErrorAnswer {
  readonly statusCode: number;
  readonly body: ErrorBody;
  /** True for 5xx answers that are bugs or outages, worth an error log line. */
  readonly unexpected: boolean;
  readonly retryAfterSeconds?: number;
}

interface ValidationItem {
  readonly instancePath: string;
  readonly message?: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}

const CONTEXT_NAMES: Record<string, string> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };

function fieldOf(context: string, item: ValidationItem): string {
  const path = item.instancePath
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('');
  const extra = item.params.missingProperty ?? item.params.additionalProperty;
  return `${CONTEXT_NAMES[context] ?? context}${path}${typeof extra === 'string' ? `.${extra}` : ''}`;
}

function messageOf(item: ValidationItem): string {
  if (item.keyword === 'required') return 'is required';
  if (item.keyword === 'additionalProperties') return 'is not a known field';
  if (item.keyword === 'enum' && Array.isArray(item.params.allowedValues)) return `must be one of ${item.params.allowedValues.join(', ')}`;
  return item.message ?? 'is invalid';
}

function validationProblems(error: FastifyError): FieldProblem[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((item) => ({ field: fieldOf(context, item as ValidationItem), message: messageOf(item as ValidationItem) }));
}

function answer(code: ErrorCode, message: string, problems?: readonly FieldProblem[]): ErrorAnswer {
  const statusCode = ERROR_STATUS[code];
  return { statusCode, body: problems && problems.length > 0 ? { code, message, problems } : { code, message }, unexpected: false };
}

/** Retry-After of an answer given while the database is unreachable. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'GS_ERR_PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'GS_ERR_UNSUPPORTED_MEDIA_TYPE',
};

/**
 * The one place errors become answers (DESIGN.md: coded errors mapped in one place). Schema
 * failures become 400s listing each field; our coded errors keep their code; anything else is a 500
 * whose message says nothing about the internals (Drizzle messages carry SQL, for one).
 */
export function toErrorBody(thrown: unknown): ErrorAnswer {
  // Market data failures that reach here (e.g. from signal generation) get the market data routes' codes.
  const error = toMarketDataAppError(thrown, SYMBOL_FIELDS);
  if (error instanceof AppError) {
    const base = answer(error.code, error.message, error.problems);
    return { ...base, unexpected: error.statusCode >= 500 && error.code === 'GS_ERR_INTERNAL', retryAfterSeconds: error.retryAfterSeconds };
  }
  // The database is away (restarting, failing over): say so and when to retry, without internals; /ready says it too.
  if (isDatabaseUnavailable(error)) return { ...answer('GS_ERR_NOT_READY', 'the database is unreachable right now; try again in a few seconds'), retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS };
  if (error instanceof StorageInputError) return answer('GS_ERR_VALIDATION', `${error.field}: ${error.message}`, [{ field: error.field, message: error.message }]);
  if (error instanceof StorageConflictError) return answer('GS_ERR_CONFLICT', error.message);
  const fastifyError = error as Partial<FastifyError> | null;
  if (fastifyError && Array.isArray(fastifyError.validation)) {
    const problems = validationProblems(fastifyError as FastifyError);
    return answer('GS_ERR_VALIDATION', problems.map((problem) => `${problem.field} ${problem.message}`).join('; '), problems);
  }
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const mapped = FASTIFY_CODES[fastifyError?.code ?? ''];
    if (mapped) return answer(mapped, fastifyError?.message ?? 'bad request');
    if (status === 429) return answer('GS_ERR_RATE_LIMITED', fastifyError?.message ?? 'too many requests');
    if (status === 404) return answer('GS_ERR_NOT_FOUND', fastifyError?.message ?? 'not found');
    return { ...answer('GS_ERR_VALIDATION', fastifyError?.message ?? 'bad request'), statusCode: status };
  }
  return { ...answer('GS_ERR_INTERNAL', 'internal error; the server log has the details under this requestId'), unexpected: true };
}
