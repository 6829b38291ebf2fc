import { ProviderError } from '../../provider-error.js';
import { errorKindForStatus } from '../http/error-kind-for-status.js';
import { parseRetryAfter } from '../http/retry-after.js';

/** Characters of a non-JSON error body quoted in a message. */
const QUOTED_BODY_LENGTH = 200;

/**
 * Wraps the `fetch` yahoo-finance2 uses so an HTTP failure becomes a {@link ProviderError} with the
 * status, Yahoo's own description and the URL path, before the library turns it into a bare Error:
 * 429 → rate-limited (with Retry-After), 5xx, 408 and network failures → unavailable, 404 → not-found,
 * 401/403 → unauthorized, 422 (Yahoo's answer to a range it does not serve) → unsupported, other
 * 4xx → bad-request (see `errorKindForStatus`). Redirects pass through: the library follows its
 * consent flow itself. An aborted request is rethrown as is, for the provider to report.
 */
export function yahooHttpFetch(provider: string, inner: typeof fetch): typeof fetch {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const where = `${url.host}${url.pathname}`;
    let response: Response;
    try {
      response = await inner(input, init);
    } catch (error) {
      if (init?.signal?.aborted) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ProviderError(provider, 'unavailable', `cannot reach ${where}: ${reason}`, { cause: error });
    }
    if (response.status < 400) return response;
    const body = await response.text().catch(() => '');
    const detail = yahooErrorDescription(body) ?? (body.trim().slice(0, QUOTED_BODY_LENGTH) || response.statusText);
    // 422 is Yahoo's answer to a range it does not serve (1-minute bars older than 30 days).
    const kind = response.status === 422 ? 'unsupported' : errorKindForStatus(response.status);
    throw new ProviderError(provider, kind, `HTTP ${response.status} from ${where}: ${detail}`, {
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
    });
  };
}

/** Yahoo's error envelope: `{ "<module>": { "result": null, "error": { "code", "description" } } }`. */
function yahooErrorDescription(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  for (const envelope of Object.values(parsed)) {
    if (typeof envelope !== 'object' || envelope === null || !('error' in envelope)) continue;
    const error: unknown = envelope.error;
    if (typeof error === 'object' && error !== null && 'description' in error && typeof error.description === 'string') return error.description;
  }
  return undefined;
}
