import { ProviderError } from '../../provider-error.js';

/** Validation problems quoted in a schema-failure message. */
const QUOTED_PROBLEMS = 3;

/**
 * The {@link ProviderError} for a failed yahoo-finance2 call about `what` (e.g. `quote of AAPL`).
 * HTTP failures arrive already classified (see `yahooHttpFetch`); an abort by the caller is
 * `unavailable`; the library's schema check failing means Yahoo changed or garbled its answer
 * (`bad-response`, naming the first problems); invalid options are `bad-request`; anything else the
 * library throws concerns an answer it could not use (`bad-response`).
 */
export function yahooProviderError(provider: string, what: string, error: unknown, signal?: AbortSignal): ProviderError {
  if (error instanceof ProviderError) return error;
  if (signal?.aborted) {
    return new ProviderError(provider, 'unavailable', `${what}: request aborted: ${String(signal.reason)}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  if (name === 'FailedYahooValidationError') {
    return new ProviderError(provider, 'bad-response', `${what}: Yahoo's answer does not match yahoo-finance2's schema: ${validationProblems(error)}`, { cause: error });
  }
  if (name === 'InvalidOptionsError' || name === 'BadRequestError') {
    return new ProviderError(provider, 'bad-request', `${what}: ${message}`, { cause: error });
  }
  return new ProviderError(provider, 'bad-response', `${what}: ${message}`, { cause: error });
}

/** `"/quotes/0/close: must be number; …"` from the library's validation error (`errors` holds ajv-style problems). */
function validationProblems(error: unknown): string {
  const problems = typeof error === 'object' && error !== null && 'errors' in error && Array.isArray(error.errors) ? error.errors : [];
  const described = problems.slice(0, QUOTED_PROBLEMS).map((problem: unknown) => {
    if (typeof problem !== 'object' || problem === null) return String(problem);
    const path = 'instancePath' in problem && typeof problem.instancePath === 'string' ? problem.instancePath || '/' : '?';
    const text = 'message' in problem && typeof problem.message === 'string' ? problem.message : 'invalid';
    const params = 'params' in problem ? ` ${JSON.stringify(problem.params)}` : '';
    return `${path}: ${text}${params}`;
  });
  const rest = problems.length - described.length;
  return described.length === 0 ? 'no details' : described.join('; ') + (rest > 0 ? `; and ${rest} more` : '');
}
