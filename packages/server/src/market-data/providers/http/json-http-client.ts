import { ProviderError, type ProviderErrorKind, type ProviderErrorOptions } from '../../provider-error.js';
import { errorKindForStatus } from './error-kind-for-status.js';
import { redactSecrets } from './redact-secrets.js';
import { ResponseReader } from './response-reader.js';
import { parseRetryAfter } from './retry-after.js';

/** Settings of a {@link JsonHttpClient}. */
export interface JsonHttpClientOptions {
  /** Provider id: the prefix of every error. */
  readonly provider: string;
  /** Root of the API; request paths are appended to it (`https://finnhub.io/api/v1` + `/quote`). */
  readonly baseUrl: string;
  /** Each request (answer headers and body) must finish within this many ms. */
  readonly timeoutMs: number;
  /** Headers sent with every request (e.g. the API key header). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Query parameters added to every request (e.g. Alpha Vantage's `apikey`). */
  readonly query?: Readonly<Record<string, string>>;
  /** Values that must never appear in an error message: the API key. */
  readonly secrets: readonly string[];
  /** Clock for `Retry-After` dates; defaults to `Date.now`. */
  readonly now?: () => number;
}

/** One GET of a JSON document. */
export interface JsonRequest {
  /** Path under the base URL, or an absolute URL on the same origin (a pagination link). */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  /** What is being fetched, for error messages: `bars of AAPL (1d)`. */
  readonly what: string;
  readonly signal?: AbortSignal | undefined;
}

/** Fields in which the sources we call put the reason of an error. */
const MESSAGE_FIELDS = ['error', 'message', 'Error Message', 'Information', 'Note', 'detail'] as const;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

function messageInBody(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null) {
      const fields = body as Record<string, unknown>;
      for (const field of MESSAGE_FIELDS) {
        const value = fields[field];
        if (typeof value === 'string' && value.length > 0) return value;
      }
    }
  } catch {
    // Not JSON: an error page; show its start instead.
  }
  return text.trim().length > 0 ? snippet(text) : undefined;
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return 'code' in cause && typeof cause.code === 'string' ? `${cause.code} (${cause.message})` : cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * GETs JSON documents from one API with the global `fetch`, and is the one place where HTTP outcomes
 * become `ProviderError`s: 429 rate-limited (with `retryAfterMs` from `Retry-After`), 5xx, network
 * failures and timeouts unavailable, 401/403 unauthorized, 404 not-found, other 4xx bad-request, and
 * a body that is not JSON bad-response. Every message is passed through {@link redactSecrets}, so
 * the API key never reaches an error, a log line or a metric label.
 */
export class JsonHttpClient {
  private readonly base: URL;
  private readonly now: () => number;

  constructor(private readonly options: JsonHttpClientOptions) {
    this.base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.now = options.now ?? Date.now;
  }

  /** The parsed JSON body of a successful answer to `request`. */
  async getJson(request: JsonRequest): Promise<unknown> {
    const url = this.url(request);
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { headers: { accept: 'application/json', ...this.options.headers }, signal });
      text = await response.text();
    } catch (error) {
      throw this.transportError(error, request, url, timeout);
    }
    if (!response.ok) throw this.statusError(response, text, request, url);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const shown = text.trim().length === 0 ? 'an empty body' : `a body that is not JSON: "${snippet(text)}"`;
      throw this.error('bad-response', request.what, `HTTP ${response.status} from GET ${url.href} with ${shown}`, { status: response.status, cause: error });
    }
  }

  /** A `ProviderError` about `what`, its message redacted. */
  error(kind: ProviderErrorKind, what: string, message: string, options: ProviderErrorOptions = {}): ProviderError {
    return new ProviderError(this.options.provider, kind, this.redact(`${what}: ${message}`), options);
  }

  /** A reader for the answer about `what`, failing with `bad-response` errors that name the field. */
  reader(what: string): ResponseReader {
    return new ResponseReader((problem) => this.error('bad-response', what, `unexpected answer: ${problem}`));
  }

  /** `text` with the API key masked. */
  redact(text: string): string {
    return redactSecrets(text, this.options.secrets);
  }

  private url(request: JsonRequest): URL {
    const url = /^https?:\/\//i.test(request.path) ? new URL(request.path) : new URL(request.path.replace(/^\//, ''), this.base);
    if (url.origin !== this.base.origin) {
      // A pagination link to another host would receive our key header: refuse it.
      throw this.error('bad-response', request.what, `refusing to follow a link to another host (${url.origin}, expected ${this.base.origin})`);
    }
    for (const [name, value] of Object.entries({ ...this.options.query, ...request.query })) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  }

  private transportError(error: unknown, request: JsonRequest, url: URL, timeout: AbortSignal): ProviderError {
    if (request.signal?.aborted) {
      return this.error('unavailable', request.what, `GET ${url.href} was cancelled by the caller`, { cause: request.signal.reason });
    }
    if (timeout.aborted) {
      return this.error('unavailable', request.what, `no answer from GET ${url.href} within ${this.options.timeoutMs} ms`, { cause: error });
    }
    return this.error('unavailable', request.what, `GET ${url.href} failed: ${networkReason(error)}`, { cause: error });
  }

  private statusError(response: Response, text: string, request: JsonRequest, url: URL): ProviderError {
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const reason = messageInBody(text);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
    const message = `${status} from GET ${url.href}${reason === undefined ? '' : `: ${reason}`}`;
    return this.error(errorKindForStatus(response.status), request.what, message, { status: response.status, retryAfterMs });
  }
}
