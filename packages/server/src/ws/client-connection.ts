import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { ChannelKind } from '../bus/index.js';
import type { Principal } from './websocket-hub-options.js';
import { encodeServerMessage, type ServerMessage } from './server-message.js';
import { WEBSOCKET_CLOSE_CODES } from './websocket-error-code.js';

/** Counters the connections of one hub add to. */
export interface ConnectionCounters {
  messagesSent: number;
  errorsSent: number;
  slowClientsDropped: number;
}

/** The TCP socket under a WebSocket, for holding writes back while one turn of the event loop sends several frames. */
export interface CorkableTransport {
  cork(): void;
  uncork(): void;
}

/** Limits and callbacks a connection needs from its hub. */
export interface ConnectionSettings<TPrincipal extends Principal> {
  /**
   * The socket's TCP connection. With it, frames sent to this client in one turn of the event loop (a burst of
   * signals read from the bus in one chunk) leave in one write instead of one system call per frame.
   */
  readonly transport?: CorkableTransport;
  readonly maxBufferedBytes: number;
  readonly maxErrorsPerMinute: number;
  readonly closeTimeoutMs: number;
  readonly counters: ConnectionCounters;
  /** Called once, when the connection stops being open (closing started or socket gone). */
  readonly onLeave: (connection: ClientConnection<TPrincipal>) => void;
}

const ERROR_WINDOW_MS = 60_000;
const MAX_CLOSE_REASON_BYTES = 123;

/** A close reason cut to the 123 bytes a close frame allows. */
function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > MAX_CLOSE_REASON_BYTES) reason = reason.slice(0, -1);
  return reason;
}

/** One client socket and its state in the hub: channels held, principal, liveness, send budget. */
export class ClientConnection<TPrincipal extends Principal = Principal> {
  readonly id = randomUUID();
  /** Channels held, canonical name → kind. */
  readonly channels = new Map<string, ChannelKind>();
  principal: TPrincipal | null = null;
  /** True while a request awaits a check (a token, access to a channel); later messages wait in `backlog`, to keep their order. */
  busy = false;
  readonly backlog: string[] = [];
  /** Set once `welcome` went out; nothing else is sent before it. */
  welcomed = false;
  /** Set when a protocol ping is sent, cleared by the pong. */
  awaitingPong = false;
  /** The last fan-out that reached this connection, so an event on several held channels is sent once. */
  deliveryStamp = 0;
  /** Resolves when the socket has closed. */
  readonly closed: Promise<void>;
  readonly #socket: WebSocket;
  readonly #settings: ConnectionSettings<TPrincipal>;
  readonly #errorTimes: number[] = [];
  /** Message budget (token bucket): refilled at the per-second rate, holding at most two seconds' worth. */
  #messageBudget = -1;
  #budgetAt = 0;
  #open = true;
  #terminateTimer: NodeJS.Timeout | undefined;
  #corked = false;
  readonly #uncork = (): void => {
    this.#corked = false;
    this.#settings.transport?.uncork();
  };

  constructor(socket: WebSocket, readonly remoteAddress: string | undefined, settings: ConnectionSettings<TPrincipal>) {
    this.#socket = socket;
    this.#settings = settings;
    this.closed = new Promise((resolve) => {
      socket.once('close', () => {
        clearTimeout(this.#terminateTimer);
        this.#leave();
        resolve();
      });
    });
  }

  /** False once closing has started: nothing more is sent and no request is served. */
  get isOpen(): boolean {
    return this.#open && this.#socket.readyState === this.#socket.OPEN;
  }

  /**
   * Sends a text frame unless the unsent backlog is already over the limit, in which case the client is closed
   * as a slow consumer (its backlog is not allowed to grow, and nobody else waits for it). False when not sent.
   */
  send(frame: Buffer): boolean {
    if (!this.isOpen) return false;
    const buffered = this.#socket.bufferedAmount;
    if (buffered > this.#settings.maxBufferedBytes) {
      this.#settings.counters.slowClientsDropped++;
      this.close(WEBSOCKET_CLOSE_CODES.slowConsumer, `slow consumer: ${buffered} bytes unsent, limit ${this.#settings.maxBufferedBytes}`);
      return false;
    }
    const { transport } = this.#settings;
    if (transport !== undefined && !this.#corked) {
      this.#corked = true;
      transport.cork();
      setImmediate(this.#uncork);
    }
    this.#socket.send(frame, { binary: false });
    this.#settings.counters.messagesSent++;
    return true;
  }

  /** Serialises and sends one message (see {@link send}). */
  sendMessage(message: ServerMessage): boolean {
    const sent = this.send(encodeServerMessage(message));
    if (sent && message.type === 'error') this.#settings.counters.errorsSent++;
    return sent;
  }

  /** Sends a protocol-level ping and expects the pong before the next one. */
  ping(): void {
    if (!this.isOpen) return;
    this.awaitingPong = true;
    this.#socket.ping();
  }

  /** Takes one message from the connection's budget; false when it is sending faster than `perSecond`. */
  spendMessage(now: number, perSecond: number): boolean {
    const capacity = perSecond * 2;
    if (this.#messageBudget < 0) this.#messageBudget = capacity;
    else this.#messageBudget = Math.min(capacity, this.#messageBudget + ((now - this.#budgetAt) / 1000) * perSecond);
    this.#budgetAt = now;
    if (this.#messageBudget < 1) return false;
    this.#messageBudget -= 1;
    return true;
  }

  /** Counts a refused request; true when the connection has now sent too many within a minute. */
  recordError(now: number): boolean {
    this.#errorTimes.push(now);
    while (this.#errorTimes.length > 0 && now - this.#errorTimes[0] > ERROR_WINDOW_MS) this.#errorTimes.shift();
    return this.#errorTimes.length > this.#settings.maxErrorsPerMinute;
  }

  /** Starts the close handshake; a client that does not finish it within the close timeout is terminated. */
  close(code: number, reason: string): void {
    if (!this.#open) return;
    this.#leave();
    this.#socket.close(code, closeReason(reason));
    this.#terminateTimer = setTimeout(() => this.#socket.terminate(), this.#settings.closeTimeoutMs);
    this.#terminateTimer.unref();
  }

  /** Drops the connection at once, without a close handshake. */
  terminate(): void {
    this.#leave();
    this.#socket.terminate();
  }

  #leave(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#settings.onLeave(this);
  }
}
