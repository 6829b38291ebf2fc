import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER } from '@goldensignals/server';

/** How an endpoint of the farm answers: at once, after a delay, always 500, or 500 to every first attempt. */
export type EndpointBehaviour = 'fast' | 'slow' | 'failing' | 'flaky';

/** One receiving endpoint and what it saw. */
export interface FarmEndpoint {
  readonly index: number;
  readonly behaviour: EndpointBehaviour;
  readonly url: string;
  /** The signing secret this endpoint checks (set once the channel exists). */
  secret: string;
  /** Message ids answered 2xx, once each however often they came. */
  readonly accepted: Set<string>;
  requests: number;
  /** Requests whose signature did not verify (must stay 0). */
  badSignatures: number;
  /** 2xx answers to an id already accepted: a duplicate delivery (a retry after a lost answer, else a bug). */
  duplicates: number;
}

/** Options of {@link WebhookFarm.start}. */
export interface WebhookFarmOptions {
  readonly endpoints: number;
  /** Behaviour of endpoint i (e.g. every 10th slow). */
  readonly behaviourOf: (index: number) => EndpointBehaviour;
  /** How long a slow endpoint waits before answering, ms. */
  readonly slowMs: number;
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
 */
export class WebhookFarm {
  private constructor(
    private readonly server: Server,
    readonly endpoints: readonly FarmEndpoint[],
    private readonly slowMs: number,
  ) {}

  /** Starts the farm on 127.0.0.1 at a free port. */
  static async start(options: WebhookFarmOptions): Promise<WebhookFarm> {
    const endpoints: FarmEndpoint[] = [];
    const server = createServer();
    // Slow endpoints hold their sockets; the default backlog and keep-alive are fine, headers must not time out.
    server.headersTimeout = 60_000;
    server.requestTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    for (let index = 0; index < options.endpoints; index++) {
      endpoints.push({ index, behaviour: options.behaviourOf(index), url: `http://127.0.0.1:${port}/hook/${index}`, secret: '', accepted: new Set(), requests: 0, badSignatures: 0, duplicates: 0 });
    }
    const farm = new WebhookFarm(server, endpoints, options.slowMs);
    server.on('request', (request, response) => {
      farm.handle(request, response).catch(() => {
        response.statusCode = 500;
        response.end();
      });
    });
    return farm;
  }

  /** Requests answered so far, all endpoints. */
  get requests(): number {
    return this.endpoints.reduce((sum, endpoint) => sum + endpoint.requests, 0);
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
    const firstAttempt = !this.seen(endpoint, id);
    if (endpoint.behaviour === 'failing' || (endpoint.behaviour === 'flaky' && firstAttempt)) {
      this.remember(endpoint, id);
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

  /** Ids a flaky endpoint has refused once. */
  private readonly refused = new Map<number, Set<string>>();

  private seen(endpoint: FarmEndpoint, id: string): boolean {
    return this.refused.get(endpoint.index)?.has(id) === true || endpoint.accepted.has(id);
  }

  private remember(endpoint: FarmEndpoint, id: string): void {
    const ids = this.refused.get(endpoint.index) ?? new Set<string>();
    ids.add(id);
    this.refused.set(endpoint.index, ids);
  }
}
