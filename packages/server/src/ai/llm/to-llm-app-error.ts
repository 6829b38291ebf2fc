import { AppError } from '../../errors/app-error.js';
import { LlmError } from './llm-error.js';

/**
 * The API error for a failure of the language model: 429 when the model server rate-limits us (with
 * its Retry-After), 502 for every other fault of the model server or the model (unreachable, timeout,
 * refused key, malformed answer, too many tool rounds) — the client's request was fine. Anything else
 * is a bug: a 500 that does not leak its message.
 */
export function toLlmAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof LlmError) {
    if (error.kind === 'rate-limited') {
      const retryAfterSeconds = error.retryAfterMs === undefined ? undefined : Math.ceil(error.retryAfterMs / 1000);
      return new AppError('GS_ERR_RATE_LIMITED', `the language model is rate-limited: ${error.message}`, [], { cause: error, retryAfterSeconds });
    }
    return new AppError('GS_ERR_PROVIDER', `the language model failed: ${error.message}`, [], { cause: error });
  }
  return new AppError('GS_ERR_INTERNAL', 'internal error while answering', [], { cause: error });
}
