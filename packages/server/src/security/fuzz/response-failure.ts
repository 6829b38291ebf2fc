import { findLeak } from './find-leak.js';

/** An HTTP answer to judge, and what was sent to get it. */
export interface JudgedResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: string;
  /** URL (decoded), header values and body of the request, to tell echoed input from leaks. */
  readonly sent: string;
  /** True under `/api/v1`, where every answer with a body must be JSON. */
  readonly expectJson: boolean;
}

/** 5xx answers that report a state of the world, not a bug: market data is down, the server is starting, or nobody implements it. */
const ACCEPTED_UNAVAILABLE_CODES = new Set(['GS_ERR_MARKET_DATA_UNAVAILABLE', 'GS_ERR_NOT_READY']);

const JSON_CONTENT_TYPE = /^application\/(?:[\w.-]+\+)?json\b/i;

function parsedJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

function codeOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string' ? value.code : undefined;
}

/**
 * Why an answer counts as a fuzzing failure, or undefined when it does not: a 5xx (but 501, and 503 for market data
 * outages or a server not ready), an internal detail in the body (see `findLeak`), or a body that is not JSON where
 * JSON is promised.
 */
export function responseFailure(response: JudgedResponse): string | undefined {
  const json = response.body.length > 0 ? parsedJson(response.body) : undefined;
  const code = json?.ok === true ? codeOf(json.value) : undefined;
  if (response.status >= 500) {
    const accepted = response.status === 501 || (response.status === 503 && code !== undefined && ACCEPTED_UNAVAILABLE_CODES.has(code));
    if (!accepted) return `HTTP ${response.status}${code === undefined ? '' : ` ${code}`}`;
  }
  const leak = findLeak(response.body, response.sent);
  if (leak !== undefined) return `leaks ${leak}`;
  if (response.expectJson && response.body.length > 0) {
    if (json?.ok !== true) return 'body is not JSON';
    if (!JSON_CONTENT_TYPE.test(response.contentType ?? '')) return `JSON body sent as ${JSON.stringify(response.contentType ?? 'no content type')}`;
  }
  return undefined;
}
