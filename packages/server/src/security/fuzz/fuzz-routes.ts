// Adds `app.swagger()` to Fastify's instance type.
import type {} from '@fastify/swagger';
import fc from 'fast-check';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { edgeRequests } from './edge-requests.js';
import { fuzzRequest, type FuzzRequest, type KnownValues } from './fuzz-request.js';
import { responseFailure } from './response-failure.js';
import { routeCatalog, type RouteOperation } from './route-catalog.js';

/** Options of {@link fuzzRoutes}. */
export interface FuzzRoutesOptions {
  /** Sent with every request, e.g. `{ authorization: 'Bearer <admin token>' }`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Random requests per operation, on top of the fixed edge cases. Default 25. */
  readonly runsPerRoute?: number;
  /** Seed of the random requests; the same seed sends the same requests. Default 42. */
  readonly seed?: number;
  /** Which operations to fuzz (e.g. only GETs, or all but logout); default all under `/api/v1`. */
  readonly select?: (operation: RouteOperation) => boolean;
  /** Values that exist (seeded ids, `AAPL`) by path parameter name, so requests get past the 404. */
  readonly knownValues?: KnownValues;
  /** A request unanswered after this long (or answered later) is a failure. Default 10 s. */
  readonly requestTimeoutMs?: number;
}

/** One request that failed: what was sent and what came back. */
export interface FuzzFailure {
  readonly method: string;
  /** The URL as sent, cut to 2,000 characters. */
  readonly url: string;
  /** 0 when no answer came (timeout or the injection itself threw). */
  readonly status: number;
  /** The answer's first 500 characters. */
  readonly body: string;
  readonly reason: string;
  /** The request's headers, credentials shown as `<redacted>`. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  /** The request body's first 500 characters (bytes that are not UTF-8 shown as hex). */
  readonly requestBody?: string;
}

/** What {@link fuzzRoutes} sent and found. */
export interface FuzzReport {
  readonly routes: number;
  readonly requests: number;
  /** Answers by HTTP status (`"400"`: 812); `"0"` counts requests without an answer. */
  readonly byStatus: Record<string, number>;
  /** The same per operation (`"POST /api/v1/watchlists"`), to see which routes were reached past validation. */
  readonly byOperation: Record<string, Record<string, number>>;
  readonly failures: FuzzFailure[];
  /** The slowest requests, slowest first (method, URL cut to 200 characters, milliseconds). */
  readonly slowest: readonly { readonly method: string; readonly url: string; readonly durationMs: number }[];
}

const MAX_URL = 2_000;
const MAX_BODY = 500;
const SLOWEST_KEPT = 5;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}

/** Percent-escapes decoded as UTF-8 bytes, malformed ones left as they are, so echoed input is recognised. */
function decodedUrl(url: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < url.length; index++) {
    const escape = /^%[0-9a-fA-F]{2}/.exec(url.slice(index, index + 3));
    if (escape !== null) {
      bytes.push(Number.parseInt(url.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(url[index] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Credentials are kept out of reports, which end up in test output and CI logs. */
function redacted(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, ['authorization', 'x-api-key', 'cookie'].includes(name.toLowerCase()) ? '<redacted>' : cut(value, MAX_BODY)]));
}

function payloadText(payload: string | Buffer | undefined): string | undefined {
  if (payload === undefined) return undefined;
  if (typeof payload === 'string') return payload;
  return `<bytes ${payload.toString('hex')}>`;
}

function sentText(request: FuzzRequest): string {
  const payload = typeof request.payload === 'string' ? request.payload : (request.payload?.toString('utf8') ?? '');
  const decoded = decodedUrl(request.url);
  return [request.url, decoded, decoded.replaceAll('+', ' '), ...Object.values(request.headers), payload].join('\n');
}

function seedOf(seed: number, operationKey: string): number {
  // Each operation gets its own stream: adding a route does not change the requests sent to the others.
  let hash = seed | 0;
  for (const character of operationKey) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0;
  return hash;
}

async function answerWithin<T>(promise: Promise<T>, timeoutMs: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One request's answer and why it fails, if it does. */
async function send(app: FastifyInstance, request: FuzzRequest, timeoutMs: number): Promise<{ status: number; body: string; reason: string | undefined }> {
  const started = performance.now();
  try {
    const answer = await answerWithin(app.inject({ method: request.method as HTTPMethods, url: request.url, headers: request.headers, payload: request.payload }), timeoutMs);
    if (answer === 'timeout') return { status: 0, body: '', reason: `no answer within ${timeoutMs} ms` };
    // A handler that blocks the event loop answers after the timer could have fired: timed here too.
    if (performance.now() - started > timeoutMs) return { status: answer.statusCode, body: answer.body, reason: `answered after more than ${timeoutMs} ms` };
    const contentType = answer.headers['content-type'];
    const reason = responseFailure({ status: answer.statusCode, contentType: typeof contentType === 'string' ? contentType : undefined, body: answer.body, sent: sentText(request), expectJson: !/^(text\/csv|application\/(rss|atom)\+xml)\b/.test(typeof contentType === 'string' ? contentType : '') });
    return { status: answer.statusCode, body: answer.body, reason };
  } catch (error) {
    return { status: 0, body: '', reason: `inject threw: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Sends hostile and near-valid requests to every `/api/v1` operation of the app's OpenAPI document (read with
 * `app.swagger()`, so `@fastify/swagger` must be registered) through `app.inject`, without listening. Per operation:
 * the fixed edge cases, then `runsPerRoute` random requests (see `fuzzRequest`). A failure is a 5xx other than 501
 * and the 503s of a market data outage or a server not ready, a stack trace, file path or SQL in the answer, a
 * non-JSON answer, or no answer within the timeout. Requests go one at a time; the report lists every failure.
 */
export async function fuzzRoutes(app: FastifyInstance, options: FuzzRoutesOptions = {}): Promise<FuzzReport> {
  await app.ready();
  const runsPerRoute = options.runsPerRoute ?? 25;
  const seed = options.seed ?? 42;
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const operations = routeCatalog(app.swagger()).filter(options.select ?? (() => true));
  const byStatus: Record<string, number> = {};
  const byOperation: Record<string, Record<string, number>> = {};
  const failures: FuzzFailure[] = [];
  const slowest: { method: string; url: string; durationMs: number }[] = [];
  let requests = 0;
  const context = { knownValues: options.knownValues, headers: options.headers };
  for (const operation of operations) {
    const operationStatus: Record<string, number> = {};
    byOperation[`${operation.method} ${operation.pathTemplate}`] = operationStatus;
    const random = runsPerRoute > 0 ? fc.sample(fuzzRequest(operation, context), { numRuns: runsPerRoute, seed: seedOf(seed, `${operation.method} ${operation.pathTemplate}`) }) : [];
    for (const request of [...edgeRequests(operation, context), ...random]) {
      requests++;
      const started = performance.now();
      const { status, body, reason } = await send(app, request, timeoutMs);
      const durationMs = Math.round(performance.now() - started);
      byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
      operationStatus[String(status)] = (operationStatus[String(status)] ?? 0) + 1;
      slowest.push({ method: request.method, url: cut(request.url, 200), durationMs });
      slowest.sort((a, b) => b.durationMs - a.durationMs);
      slowest.length = Math.min(slowest.length, SLOWEST_KEPT);
      if (reason !== undefined) {
        const requestBody = payloadText(request.payload);
        failures.push({
          method: request.method,
          url: cut(request.url, MAX_URL),
          status,
          body: body.slice(0, MAX_BODY),
          reason,
          requestHeaders: redacted(request.headers),
          ...(requestBody === undefined ? {} : { requestBody: requestBody.slice(0, MAX_BODY) }),
        });
      }
    }
  }
  return { routes: operations.length, requests, byStatus, byOperation, failures, slowest };
}
