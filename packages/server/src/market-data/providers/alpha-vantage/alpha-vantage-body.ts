import type { JsonHttpClient } from '../http/json-http-client.js';
import type { JsonObject } from '../http/response-reader.js';

const RATE_LIMIT = /rate limit|call frequency|calls? per|requests? per|sparingly/i;
const UNKNOWN_INPUT = /invalid api call|invalid inputs?/i;
const KEY_PROBLEM = /api ?key/i;

function retryAfterOf(message: string): number | undefined {
  if (/per second/i.test(message)) return 1_000;
  if (/per minute/i.test(message)) return 60_000;
  // A daily budget: Alpha Vantage does not say when it resets, so the chain decides how long to stay away.
  return undefined;
}

/**
 * The object of an Alpha Vantage answer, after the checks its HTTP 200 answers need: Alpha Vantage
 * reports failures in the body. `Note` / `Information` about request frequency or the daily budget →
 * rate-limited; about premium endpoints or the key → unauthorized; `Error Message` about the key →
 * unauthorized; "Invalid API call" / "Invalid inputs" for a call about `symbol` → not-found (that is
 * how Alpha Vantage answers an unknown symbol); anything else in those fields → bad-request.
 */
export function alphaVantageBody(client: JsonHttpClient, what: string, body: unknown, symbol?: string): JsonObject {
  const root = client.reader(what).object(body, '');
  const errorMessage = root['Error Message'];
  const information = root.Note ?? root.Information;
  const message = typeof errorMessage === 'string' ? errorMessage : typeof information === 'string' ? information : undefined;
  if (message === undefined) return root;
  const quoted = `Alpha Vantage answered "${message}"`;
  if (message === information && RATE_LIMIT.test(message)) throw client.error('rate-limited', what, quoted, { retryAfterMs: retryAfterOf(message) });
  if (/premium/i.test(message) || KEY_PROBLEM.test(message)) throw client.error('unauthorized', what, quoted);
  if (symbol !== undefined && UNKNOWN_INPUT.test(message)) {
    throw client.error('not-found', what, `${quoted}, its answer to an unknown symbol: does ${symbol} exist on Alpha Vantage?`);
  }
  throw client.error('bad-request', what, quoted);
}
