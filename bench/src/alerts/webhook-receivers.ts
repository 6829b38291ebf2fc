import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER } from '@goldensignals/server';

/** How an endpoint answers: at once, after a delay, always 500, or 500 to every first attempt. */
export type EndpointBehaviour = 'fast' | 'slow' | 'failing' | 'flaky';

/** What one endpoint saw. */
export interface EndpointTally {
  readonly index: number;
  readonly behaviour: EndpointBehaviour;
  /** Distinct message ids answered 2xx. */
  readonly accepted: number;
  readonly requests: number;
  /** Requests whose signature did not verify (must stay 0). */
  readonly badSignatures: number;
  /** 2xx answers to an id already accepted: a duplicate delivery (a retry after a lost answer, else a bug). */
  readonly duplicates: number;
}

interface Endpoint {
  readonly index: number;
  readonly behaviour: EndpointBehaviour;
  secret: string;
  readonly accepted: Set<string>;
  /** Ids a flaky endpoint refused once. */
  readonly refused: Set<string>;
  requests: number;
  badSignatures: number;
  duplicates: number;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Many webhook receivers on one local HTTP server (`/hook/<i>`): each verifies the HMAC signature the way a real
 * receiver must and records the message ids it accepted, so the bench can check that every alert arrived once.
 * Runs in the farm's own thread (see webhook-farm.ts): real receivers are other machines, and their work must not
 * be counted against the sender's event loop.
 */
export class WebhookReceivers {
  private readonly endpoints: Endpoint[];

  private constructor(
    private readonly server: Server,
    behaviours: readonly EndpointBehaviour[],
    private readonly slowMs: number,
  ) {
    this.endpoints = behaviours.map((behaviour, index) => ({ index, behaviour, secret: '', accepted: new Set(), refused: new Set(), requests: 0, badSignatures: 0, duplicates: 0 }));
  }

  /** Listens on 127.0.0.1 at a free port; endpoint i answers as `behaviours[i]`. */
  static async start(behaviours: readonly EndpointBehaviour[], slowMs: number): Promise<{ readonly receivers: WebhookReceivers; readonly port: number }> {
    const server = createServer();
    // Slow endpoints hold their sockets; the default backlog and keep-alive are fine, headers must not time out.
    server.headersTimeout = 60_000;
    server.requestTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receivers = new WebhookReceivers(server, behaviours, slowMs);
    server.on('request', (request, response) => {
      receivers.handle(request, response).catch(() => {
        response.statusCode = 500;
        response.end();
      });
    });
    return { receivers, port: (server.address() as AddressInfo).port };
  }

  /** Sets the signing secret endpoint i checks. */
  setSecret(index: number, secret: string): void {
    const endpoint = this.endpoints[index];
    if (endpoint === undefined) throw new RangeError(`no endpoint ${index}`);
    endpoint.secret = secret;
  }

  tallies(): EndpointTally[] {
    return this.endpoints.map(({ index, behaviour, accepted, requests, badSignatures, duplicates }) => ({ index, behaviour, accepted: accepted.size, requests, badSignatures, duplicates }));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const match = /^\/hook\/(\d+)$/.exec(request.url ?? '');
    const endpoint = match === null ? undefined : this.endpoints[Number(match[1])];
    const body = await readBody(request);
    if (endpoint === undefined || request.method !== 'POST') {
      response.statusCode = 404;
      response.end();
      return;
    }
    endpoint.requests += 1;
    const header = request.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()];
    const verification = verifyWebhookSignature(body, Array.isArray(header) ? header[0] : header, endpoint.secret);
    if (!verification.valid) {
      endpoint.badSignatures += 1;
      response.statusCode = 401;
      response.end(verification.reason);
      return;
    }
    const { id } = JSON.parse(body.toString('utf8')) as { id: string };
    const firstAttempt = !endpoint.refused.has(id) && !endpoint.accepted.has(id);
    if (endpoint.behaviour === 'failing' || (endpoint.behaviour === 'flaky' && firstAttempt)) {
      endpoint.refused.add(id);
      response.statusCode = 500;
      response.end('failing on purpose');
      return;
    }
    if (endpoint.behaviour === 'slow') await new Promise((resolve) => setTimeout(resolve, this.slowMs));
    if (endpoint.accepted.has(id)) endpoint.duplicates += 1;
    endpoint.accepted.add(id);
    response.statusCode = 204;
    response.end();
  }
}
