import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The recorded Yahoo HTTP exchanges in `../shared/data` beside the repository (see its SOURCE.md). */
export const YAHOO_RECORDINGS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../../../shared/data/yahoo-finance2-fixtures/http');

/** True when the recordings are present; tests skip with a message otherwise. */
export function hasYahooRecordings(): boolean {
  const present = existsSync(YAHOO_RECORDINGS_DIR);
  if (!present) console.warn(`skipping Yahoo replay tests: ${YAHOO_RECORDINGS_DIR} is not present beside the repository`);
  return present;
}

/**
 * The recordings of yahoo-finance2's cookie and crumb flow, in the order the library walks it:
 * the quote page redirects to the consent pages, whose submission sets the cookies, then
 * `/v1/test/getcrumb` answers the crumb `haT3oykhHqZ`. (`getCrumb-quote-AAPL.json` is an older
 * start of the same flow whose consent page was not recorded.)
 */
export const CRUMB_FLOW = [
  'getCrumb-quote-AAPL.json.json',
  'getCrumb-quote-AAPL-consent.html.json',
  'getCrumb-quote-AAPL-collectConsent.html.json',
  'getCrumb-quote-AAPL-collectConsentSubmit.json',
  'getCrumb-quote-AAPL-copyConsent.json',
  'getCrumb-quote-AAPL-consent-final-redirect.html.json',
  'getCrumb-getcrumb.json',
] as const;

/** The crumb the recorded flow answers. */
export const RECORDED_CRUMB = 'haT3oykhHqZ';

/** One recorded request and its answer. */
export interface Recording {
  readonly name: string;
  readonly method: string;
  readonly url: URL;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: string | null;
}

/** A request the replay received. */
export interface ReplayedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  /** Name of the recording that answered, or null when none matched. */
  readonly answeredBy: string | null;
}

interface RecordedFile {
  readonly request: { readonly url: string; readonly method?: string };
  readonly response: {
    readonly status: number;
    readonly statusText?: string;
    readonly headers?: Record<string, string | string[]>;
    readonly bodyJson?: unknown;
    readonly bodyText?: string;
  };
}

/**
 * A change to a recording, for cases the recordings lack. Every use must say why the edited answer
 * is one Yahoo gives (e.g. a field Yahoo has sent since the recording, or a range extended over a
 * weekend, which does not change the rows).
 */
export interface RecordingEdit {
  /** Replaces query parameters of the recorded request. */
  readonly query?: Readonly<Record<string, string>>;
  /** Changes the recorded JSON answer (given a copy). */
  readonly body?: (body: unknown) => unknown;
  /** Replaces the recorded status. */
  readonly status?: number;
}

/** Loads a recording by file name, optionally edited. */
export function loadRecording(name: string, edit: RecordingEdit = {}): Recording {
  const file = JSON.parse(readFileSync(join(YAHOO_RECORDINGS_DIR, name), 'utf8')) as RecordedFile;
  const { request, response } = file;
  let body: string | null = response.bodyText ?? null;
  if (response.bodyJson !== undefined) body = JSON.stringify(edit.body ? edit.body(structuredClone(response.bodyJson)) : response.bodyJson);
  const url = new URL(request.url);
  for (const [parameter, value] of Object.entries(edit.query ?? {})) url.searchParams.set(parameter, value);
  return {
    name: Object.keys(edit).length === 0 ? name : `${name} (edited)`,
    method: request.method ?? 'GET',
    url,
    status: edit.status ?? response.status,
    statusText: response.statusText ?? '',
    headers: response.headers ?? {},
    body,
  };
}

/** A recording-shaped answer written by hand, for answers no recording holds (an error page). */
export function handWrittenAnswer(name: string, url: string, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Recording {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json;charset=utf-8';
  return { name, method: 'GET', url: new URL(url), status, statusText: '', headers: { 'content-type': type, ...headers }, body: text };
}

/**
 * Query parameters that select a recorded answer, per endpoint; the rest (crumb, lang, region,
 * includePrePost, result counts, …) shape the answer only in ways the recordings do not vary.
 * A quoteSummary recording answers any request for a subset of the modules it was recorded with,
 * since Yahoo answers each module independently.
 */
const SELECTING_PARAMS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^\/v8\/finance\/chart\//, ['interval', 'period1', 'period2']],
  [/^\/v7\/finance\/quote$/, ['symbols']],
  [/^\/v7\/finance\/options\//, ['date']],
  [/^\/v1\/finance\/search$/, ['q']],
  [/^\/v10\/finance\/quoteSummary\//, []],
];

function matches(recording: Recording, method: string, url: URL): boolean {
  if (recording.method !== method || recording.url.origin !== url.origin || recording.url.pathname !== url.pathname) return false;
  const selecting = SELECTING_PARAMS.find(([path]) => path.test(url.pathname))?.[1];
  const names = selecting ?? [...new Set([...recording.url.searchParams.keys(), ...url.searchParams.keys()])].filter((name) => name !== 'crumb');
  if (!names.every((name) => recording.url.searchParams.get(name) === url.searchParams.get(name))) return false;
  if (!url.pathname.startsWith('/v10/finance/quoteSummary/')) return true;
  const recorded = new Set((recording.url.searchParams.get('modules') ?? '').split(','));
  return (url.searchParams.get('modules') ?? '').split(',').every((module) => recorded.has(module));
}

function toResponse(recording: Recording): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(recording.headers)) {
    // The recorded body is stored decoded: its original length and encoding no longer apply.
    if (name === 'content-length' || name === 'content-encoding') continue;
    for (const item of typeof value === 'string' ? [value] : value) headers.append(name, item);
  }
  return new Response(recording.body, { status: recording.status, statusText: recording.statusText, headers });
}

/**
 * A `fetch` that answers every request from the first recording whose method, URL path and
 * selecting parameters match. A request no recording answers is kept in `unmatched` and fails with
 * a message naming its URL; tests check `unmatched` after each case.
 */
export class YahooReplay {
  readonly requests: ReplayedRequest[] = [];
  private readonly recordings: Recording[];

  constructor(recordings: readonly (Recording | string)[]) {
    this.recordings = recordings.map((recording) => (typeof recording === 'string' ? loadRecording(recording) : recording));
  }

  /** URLs of requests no recording answered. */
  get unmatched(): string[] {
    return this.requests.filter((request) => request.answeredBy === null).map((request) => `${request.method} ${request.url.href}`);
  }

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    // Like a real fetch, an aborted request fails before anything is sent.
    init?.signal?.throwIfAborted();
    const url = new URL(input instanceof Request ? input.url : input);
    const method = init?.method ?? 'GET';
    const recording = this.recordings.find((candidate) => matches(candidate, method, url));
    this.requests.push({ method, url, headers: new Headers(init?.headers), answeredBy: recording?.name ?? null });
    if (!recording) throw new Error(`no recording answers ${method} ${url.href} (have: ${this.recordings.map((candidate) => candidate.name).join(', ')})`);
    return toResponse(recording);
  };
}
