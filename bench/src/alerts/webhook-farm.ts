import { Worker } from 'node:worker_threads';
import type { FarmReply, FarmRequest, FarmThreadData } from './webhook-farm-messages.js';
import type { EndpointBehaviour, EndpointTally } from './webhook-receivers.js';

export type { EndpointBehaviour, EndpointTally } from './webhook-receivers.js';

/** Options of {@link WebhookFarm.start}. */
export interface WebhookFarmOptions {
  readonly endpoints: number;
  /** Behaviour of endpoint i (e.g. every 10th slow). */
  readonly behaviourOf: (index: number) => EndpointBehaviour;
  /** How long a slow endpoint waits before answering, ms. */
  readonly slowMs: number;
}

/** One receiving endpoint as the bench configures it. */
export interface FarmEndpoint {
  readonly index: number;
  readonly behaviour: EndpointBehaviour;
  readonly url: string;
}

/**
 * Local webhook receivers (see webhook-receivers.ts) in a thread of their own, as remote receivers would be: their
 * HTTP parsing and signature checks do not run on the event loop whose signal generation the bench times.
 */
export class WebhookFarm {
  private sequence = 0;
  private readonly pending = new Map<number, { resolve: (reply: FarmReply) => void; reject: (error: Error) => void }>();

  private constructor(
    private readonly worker: Worker,
    readonly endpoints: readonly FarmEndpoint[],
  ) {
    worker.on('message', (reply: FarmReply) => {
      if (reply.type === 'started') return;
      const waiting = this.pending.get(reply.sequence);
      this.pending.delete(reply.sequence);
      waiting?.resolve(reply);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`the webhook farm's thread exited (code ${code})`)));
  }

  /** Starts the farm's thread and its server on 127.0.0.1 at a free port. */
  static async start(options: WebhookFarmOptions): Promise<WebhookFarm> {
    const behaviours = Array.from({ length: options.endpoints }, (_, index) => options.behaviourOf(index));
    const worker = new Worker(new URL('./webhook-farm-thread.js', import.meta.url), { workerData: { behaviours, slowMs: options.slowMs } satisfies FarmThreadData });
    const port = await new Promise<number>((resolve, reject) => {
      worker.once('message', (reply: FarmReply) => (reply.type === 'started' ? resolve(reply.port) : reject(new Error(`the webhook farm's thread answered ${reply.type} before starting`))));
      worker.once('error', reject);
    });
    return new WebhookFarm(
      worker,
      behaviours.map((behaviour, index) => ({ index, behaviour, url: `http://127.0.0.1:${port}/hook/${index}` })),
    );
  }

  /** Sets the signing secret endpoint i checks. */
  async setSecret(index: number, secret: string): Promise<void> {
    await this.ask((sequence) => ({ type: 'secret', sequence, index, secret }));
  }

  /** What each endpoint saw so far. */
  async tallies(): Promise<EndpointTally[]> {
    const reply = await this.ask((sequence) => ({ type: 'tallies', sequence }));
    if (reply.type !== 'tallies') throw new Error(`the webhook farm's thread answered ${reply.type} to tallies`);
    return reply.tallies;
  }

  async stop(): Promise<void> {
    await this.ask((sequence) => ({ type: 'stop', sequence }));
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private ask(request: (sequence: number) => FarmRequest): Promise<FarmReply> {
    const sequence = ++this.sequence;
    return new Promise((resolve, reject) => {
      this.pending.set(sequence, { resolve, reject });
      this.worker.postMessage(request(sequence));
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
