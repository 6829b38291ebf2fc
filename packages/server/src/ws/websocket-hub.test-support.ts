import type { Socket } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { WebSocket, type ClientOptions } from 'ws';
import { InProcessMessageBus } from '../bus/index.js';
import type { ServerMessage } from './server-message.js';
import { WebSocketHub } from './websocket-hub.js';
import type { Principal, WebSocketHubOptions } from './websocket-hub-options.js';
import { websocketRoutes } from './websocket-routes.js';

const WAIT_MS = 5_000;

/** A message as a test sees it: any server message. */
export type Received = ServerMessage & Record<string, unknown>;

/** A real `ws` client that records every message and lets a test wait for the next one of a type. */
export class TestClient {
  readonly messages: Received[] = [];
  /** The raw TCP socket, to stop reading (a slow client) with `pause()`; set once the handshake is done. */
  tcp: Socket | undefined;
  /** Resolves with the close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly socket: WebSocket;
  readonly #opened: Promise<void>;
  readonly #taken = new Set<number>();
  readonly #waiters: (() => void)[] = [];
  #pings = 0;

  // Listeners go on before the handshake: the first messages can arrive in the same packet as the 101 answer.
  private constructor(url: string, protocols: string[], options: ClientOptions) {
    this.socket = new WebSocket(url, protocols, options);
    this.socket.on('upgrade', (response) => {
      this.tcp = response.socket as Socket;
    });
    this.socket.on('message', (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString('utf8')) as Received);
      for (const wake of this.#waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => this.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.#opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
      this.socket.once('unexpected-response', (_request, response) => reject(new Error(`handshake answered ${response.statusCode}`)));
    });
  }

  /** Connects and waits for the handshake (not for `welcome`). */
  static async open(url: string, protocols: string[] = [], options: ClientOptions = {}): Promise<TestClient> {
    const client = new TestClient(url, protocols, options);
    await client.#opened;
    return client;
  }

  /** Stops reading from the socket, like a client that cannot keep up. */
  pauseReading(): void {
    this.tcp?.pause();
  }

  /** Reads again. */
  resumeReading(): void {
    this.tcp?.resume();
  }

  /** Sends a value as JSON, or a string as it is. */
  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message of `type` not yet returned by `next`, waiting for it if needed. */
  async next(type: string, timeoutMs = WAIT_MS): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.messages.findIndex((message, i) => message.type === type && !this.#taken.has(i));
      if (index >= 0) {
        this.#taken.add(index);
        return this.messages[index];
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${type}" message within ${timeoutMs} ms; got ${this.messages.map((m) => m.type).join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends a ping and waits for its pong: every message the server sent before it has then arrived. */
  async roundTrip(): Promise<void> {
    const id = `round-trip-${++this.#pings}`;
    this.send({ type: 'ping', id });
    for (;;) if ((await this.next('pong')).id === id) return;
  }

  /** Messages received of a type. */
  ofType(type: string): Received[] {
    return this.messages.filter((message) => message.type === type);
  }

  /** Subscribes and waits for the answer. */
  async subscribe(...channels: string[]): Promise<Received> {
    this.send({ type: 'subscribe', channels });
    return this.next('subscribed');
  }
}

/** A Fastify app with a hub on a real loopback port. */
export interface HubServer<TPrincipal extends Principal> {
  readonly app: FastifyInstance;
  readonly hub: WebSocketHub<TPrincipal>;
  readonly bus: InProcessMessageBus;
  readonly url: string;
  /** Opens a client and waits for its `welcome`. */
  connect(protocols?: string[], options?: ClientOptions): Promise<TestClient>;
  close(): Promise<void>;
}

/** Starts an app with `websocketRoutes` and a hub on its own bus; `close()` closes the app, hub and bus. */
export async function startHubServer<TPrincipal extends Principal = Principal>(options: Omit<WebSocketHubOptions<TPrincipal>, 'bus'> = {}): Promise<HubServer<TPrincipal>> {
  const bus = new InProcessMessageBus();
  const hub = new WebSocketHub<TPrincipal>({ ...options, bus });
  const app = Fastify();
  await app.register(websocketRoutes, { hub });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `${address.replace('http', 'ws')}/ws`;
  const clients: TestClient[] = [];
  return {
    app,
    hub,
    bus,
    url,
    async connect(protocols = [], clientOptions = {}) {
      const client = await TestClient.open(url, protocols, clientOptions);
      clients.push(client);
      await client.next('welcome');
      return client;
    },
    async close() {
      for (const client of clients) client.resumeReading();
      await app.close();
      await bus.close();
    },
  };
}
