/** Settings shared by the adapters of keyed HTTP APIs (Polygon, Alpha Vantage, Finnhub). */
export interface HttpProviderOptions {
  readonly apiKey: string;
  /** Root of the API; defaults to the real host (tests point it at a local server). */
  readonly baseUrl?: string;
  /** Limit per HTTP request in ms; defaults to {@link DEFAULT_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Clock, for `Retry-After` dates and "recent" windows; defaults to `Date.now`. */
  readonly now?: () => number;
}

/** Per-request limit when the options give none. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The API key of `options`, refusing an empty one at construction rather than at the first call. */
export function requireApiKey(provider: string, options: HttpProviderOptions): string {
  const key = options.apiKey.trim();
  if (key.length === 0) throw new RangeError(`${provider} needs an API key: apiKey is empty`);
  return key;
}
