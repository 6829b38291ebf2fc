import WebSocket from 'ws';

interface ServerMessage {
  readonly type: string;
  readonly channel?: string;
  readonly channels?: readonly string[];
  readonly data?: { readonly id?: string };
  readonly code?: string;
  readonly message?: string;
}

/**
 * A dashboard-like WebSocket client of one node: authenticated with an access token, subscribed to `signals`, keeping
 * the id of every signal pushed to it (duplicates included) and whether its connection ever closed.
 */
export class SignalListener {
  /** Signal ids in the order they arrived, a repeated delivery twice. */
  readonly signalIds: string[] = [];
  /** Close codes, in order, if the server ever closed the connection. */
  readonly closes: number[] = [];
  readonly #messages: ServerMessage[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as ServerMessage;
      this.#messages.push(message);
      if (message.type === 'signal' && typeof message.data?.id === 'string') this.signalIds.push(message.data.id);
    });
    socket.on('close', (code) => this.closes.push(code));
    socket.on('error', () => undefined);
  }

  /** Connects to `<url>/ws` with `token`, waits for `welcome`, subscribes to `signals` and waits for `subscribed`. */
  static async connect(url: string, token: string): Promise<SignalListener> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, ['goldensignals.v1', `bearer.${token}`]);
    const listener = new SignalListener(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    await listener.#next('welcome');
    socket.send(JSON.stringify({ type: 'subscribe', channels: ['signals'] }));
    const subscribed = await listener.#next('subscribed');
    if (!(subscribed.channels ?? []).includes('signals')) throw new Error(`subscribing to signals answered ${JSON.stringify(subscribed)}`);
    return listener;
  }

  /** True while the connection is open. */
  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** How many times the signal `id` was pushed. */
  timesReceived(id: string): number {
    return this.signalIds.filter((received) => received === id).length;
  }

  /** True once every id in `ids` has been pushed at least once. */
  received(ids: readonly string[]): boolean {
    const seen = new Set(this.signalIds);
    return ids.every((id) => seen.has(id));
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }

  async #next(type: string, timeoutMs = 10_000): Promise<ServerMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.#messages.find((message) => message.type === type);
      if (found !== undefined) return found;
      const failure = this.#messages.find((message) => message.type === 'error');
      if (failure !== undefined) throw new Error(`the server answered ${JSON.stringify(failure)} while ${type} was awaited`);
      if (Date.now() > deadline) throw new Error(`no ${type} message within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
