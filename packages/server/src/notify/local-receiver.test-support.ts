import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the local receiver got, with its body exactly as sent. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly rawBody: string;
}

/** What the receiver answers: a status with a body (objects as JSON), or `hang` (never answer: timeouts). */
export type ReceiverAnswer = { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> } | 'hang';

/** A real HTTP server on a free loopback port standing in for a webhook receiver, Discord, Slack or Telegram. */
export interface LocalReceiver {
  /** e.g. `http://127.0.0.1:40123`. */
  readonly baseUrl: string;
  /** Every request received so far, in order. */
  readonly requests: readonly ReceivedRequest[];
  /** Replaces the handler. */
  answer(handler: (request: ReceivedRequest) => ReceiverAnswer): void;
  close(): Promise<void>;
}

function send(response: ServerResponse, answer: Exclude<ReceiverAnswer, 'hang'>): void {
  const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  const type = typeof answer.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  response.writeHead(answer.status, { 'content-type': type, ...answer.headers });
  response.end(body);
}

/** Starts a local receiver answering with `handler` (a thrown error answers 500); close it after the test. */
export async function startLocalReceiver(handler: (request: ReceivedRequest) => ReceiverAnswer): Promise<LocalReceiver> {
  let current = handler;
  const requests: ReceivedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const request: ReceivedRequest = { method: incoming.method ?? 'GET', path: url.pathname, headers: incoming.headers, rawBody: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      let answer: ReceiverAnswer;
      try {
        answer = current(request);
      } catch (error) {
        answer = { status: 500, body: { error: String(error) } };
      }
      if (answer !== 'hang') send(response, answer);
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
    // Closing twice is fine (a test may close it early to cut hanging requests off).
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A loopback URL nothing listens on (connection refused). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
