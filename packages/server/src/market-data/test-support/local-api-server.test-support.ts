import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the local API server received. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
}

/** What a handler answers; `body` objects are sent as JSON, strings as they are. */
export interface LocalAnswer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /** Wait this long before answering (timeouts, slow sources). */
  readonly delayMs?: number;
}

/** A real HTTP server on a free loopback port that answers like a market data API. */
export interface LocalApiServer {
  /** e.g. `http://127.0.0.1:40123`. */
  readonly baseUrl: string;
  /** Every request received so far, in order. */
  readonly requests: readonly ReceivedRequest[];
  /** Replaces the handler (e.g. to switch from healthy to failing). */
  answer(handler: (request: ReceivedRequest) => LocalAnswer): void;
  close(): Promise<void>;
}

function send(response: ServerResponse, answer: LocalAnswer): void {
  const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  const type = typeof answer.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  response.writeHead(answer.status ?? 200, { 'content-type': type, ...answer.headers });
  response.end(body);
}

/** Starts a local server answering with `handler`; close it in `afterEach`/`afterAll`. */
export async function startLocalApiServer(handler: (request: ReceivedRequest) => LocalAnswer): Promise<LocalApiServer> {
  let current = handler;
  const requests: ReceivedRequest[] = [];
  const server = createServer((incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const request: ReceivedRequest = { method: incoming.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: incoming.headers };
    requests.push(request);
    incoming.resume();
    incoming.on('end', () => {
      let answer: LocalAnswer;
      try {
        answer = current(request);
      } catch (error) {
        answer = { status: 500, body: { error: String(error) } };
      }
      if (answer.delayMs) setTimeout(() => send(response, answer), answer.delayMs);
      else send(response, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answer(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
