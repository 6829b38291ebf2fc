import { request, type IncomingHttpHeaders } from 'node:http';

/** An HTTP answer and how long it took. */
export interface HttpAnswer<T = unknown> {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: T;
  readonly elapsedMs: number;
}

/** Options of {@link call}. */
export interface CallOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** An access token, sent as `Authorization: Bearer`. */
  readonly token?: string;
  readonly body?: unknown;
  /** The local address to connect from (e.g. 127.0.0.2), so a test is a client of its own to the per-IP rate limit. */
  readonly localAddress?: string;
  /** Gives up (rejects) after this long, ms (default 10 s): a hung request fails the test instead of the test's timeout. */
  readonly timeoutMs?: number;
}

/** One HTTP request on a fresh connection (no keep-alive, so a killed node leaves no pooled socket behind). */
export async function call<T = Record<string, unknown>>(url: string, options: CallOptions = {}): Promise<HttpAnswer<T>> {
  const started = performance.now();
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: options.method ?? 'GET',
        agent: false,
        localAddress: options.localAddress,
        headers: {
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          clearTimeout(timer);
          let body: unknown = text;
          try {
            body = text === '' ? null : JSON.parse(text);
          } catch {
            // Not JSON (e.g. /metrics): the text itself.
          }
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: body as T, elapsedMs: performance.now() - started });
        });
      },
    );
    const timer = setTimeout(() => outgoing.destroy(new Error(`${options.method ?? 'GET'} ${url} got no answer within ${timeoutMs} ms`)), timeoutMs);
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end(payload);
  });
}

const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };

/**
 * Signs in through the node at `url` as the install's admin, registering it first on a fresh install (the first
 * account becomes admin): its access token.
 */
export async function signInAsAdmin(url: string): Promise<string> {
  const status = await call<{ needsFirstAccount?: boolean }>(`${url}/api/v1/auth/status`);
  const path = status.body.needsFirstAccount === true ? 'register' : 'login';
  const answer = await call<{ accessToken?: string; user?: { role?: string } }>(`${url}/api/v1/auth/${path}`, { method: 'POST', body: ADMIN });
  if (answer.status >= 300 || answer.body.accessToken === undefined || answer.body.user?.role !== 'admin') {
    throw new Error(`signing in as admin (${path}) failed: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.accessToken;
}

/** Polls `condition` every `intervalMs` until it holds; rejects naming `what` after `timeoutMs`. */
export async function pollUntil(condition: () => Promise<boolean>, what: string | (() => string), timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A scan as `GET /api/v1/scans/:id` answers it. */
export interface ScanAnswer {
  readonly id: string;
  readonly status: string;
  readonly total: number;
  readonly completed: number;
  readonly failed: number;
  readonly items: readonly { readonly symbol: string; readonly status: string; readonly signalId: string | null; readonly error: string | null }[];
}

/** Submits a scan of `symbols` (1d) to the node at `url`; the answer as it came (202 when queued). */
export async function submitScan(url: string, token: string, symbols: readonly string[], timeoutMs?: number): Promise<HttpAnswer<ScanAnswer>> {
  return call<ScanAnswer>(`${url}/api/v1/scans`, { method: 'POST', token, body: { symbols, timeframe: '1d' }, timeoutMs });
}

/** Polls the scan on the node at `url` until it is done (or failed); resolves to it. */
export async function finishedScan(url: string, token: string, scanId: string, timeoutMs: number): Promise<ScanAnswer> {
  let last: ScanAnswer | null = null;
  await pollUntil(
    async () => {
      const answer = await call<ScanAnswer>(`${url}/api/v1/scans/${scanId}`, { token });
      if (answer.status !== 200) throw new Error(`GET /api/v1/scans/${scanId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      last = answer.body;
      return answer.body.status === 'done' || answer.body.status === 'failed';
    },
    () => `scan ${scanId} to finish (last seen: ${JSON.stringify(last)})`,
    timeoutMs,
    200,
  );
  if (last === null) throw new Error(`scan ${scanId} was never read`);
  return last;
}

/** The sum of a Prometheus counter's samples (every label set) in a `/metrics` text; 0 when absent. */
export function counterTotal(metricsText: string, name: string): number {
  let total = 0;
  for (const line of metricsText.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}
