import type { ProviderErrorKind } from '../../provider-error.js';

/**
 * The `ProviderError` kind of a failed HTTP answer: 429 rate-limited; 5xx and 408 (the server gave up
 * waiting for us) unavailable; 401/403 unauthorized; 404 not-found; any other 4xx bad-request; a status
 * outside 4xx/5xx that is not success (an unfollowed redirect) bad-response.
 */
export function errorKindForStatus(status: number): ProviderErrorKind {
  if (status === 429) return 'rate-limited';
  if (status >= 500 || status === 408) return 'unavailable';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status >= 400) return 'bad-request';
  return 'bad-response';
}
