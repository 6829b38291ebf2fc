import { refreshSession } from '../api/api-client.js';
import { useSessionStore } from '../auth/session-store.js';
import { useConnectionState } from './connection-state.js';

/** A message the server pushes on a channel (`signal`, `quote`, `bar`, `portfolio`). */
export interface ChannelMessage {
  readonly type: string;
  readonly channel: string;
  readonly data: unknown;
}

type Listener = (message: ChannelMessage) => void;

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;
/** Channels per subscribe message until the server's welcome says its own limit. */
const DEFAULT_MAX_CHANNELS = 200;

/**
 * The listened channels a pushed message is for. The server sends a signal once, on the most specific channel the
 * connection holds, so a `signals:AAPL` message (held by a chart) is also the `signals` feed's.
 */
export function channelsReached(channel: string): readonly string[] {
  return channel.startsWith('signals:') ? [channel, 'signals'] : [channel];
}

/**
 * The app's one WebSocket: authenticated with the session's access token, reconnecting with exponential backoff
 * (jittered) and resubscribing every channel someone listens to; its state feeds the connection indicator.
 */
export class LiveSocket {
  readonly #listeners = new Map<string, Set<Listener>>();
  #socket: WebSocket | null = null;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = true;
  #tokenRefused = false;
  #maxChannelsPerMessage = DEFAULT_MAX_CHANNELS;
  /** Channel changes not sent yet: a page mounting 50 watchlist rows subscribes in one message, not 50 (the server allows 10 messages a second). */
  readonly #pending = new Map<string, 'subscribe' | 'unsubscribe'>();
  #flushQueued = false;

  constructor(private readonly url: string) {}

  /** Opens the connection (again) with the current access token. */
  start(): void {
    this.#stopped = false;
    this.#open();
  }

  /** Closes it for good (sign-out). */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#socket?.close(1000, 'signed out');
    this.#socket = null;
    useConnectionState.getState().set('offline');
  }

  /** Listens to a channel; returns the function that stops listening. */
  listen(channel: string, listener: Listener): () => void {
    let listeners = this.#listeners.get(channel);
    if (listeners === undefined) {
      listeners = new Set();
      this.#listeners.set(channel, listeners);
      this.#queue(channel, 'subscribe');
    }
    listeners.add(listener);
    return () => {
      const current = this.#listeners.get(channel);
      current?.delete(listener);
      if (current !== undefined && current.size === 0) {
        this.#listeners.delete(channel);
        this.#queue(channel, 'unsubscribe');
      }
    };
  }

  #open(): void {
    const token = useSessionStore.getState().accessToken;
    if (token === null || this.#stopped) return;
    useConnectionState.getState().set(this.#attempt === 0 ? 'connecting' : 'reconnecting');
    // The token rides in the subprotocol list: browsers cannot set headers on a WebSocket.
    const socket = new WebSocket(this.url, ['goldensignals.v1', `bearer.${token}`]);
    this.#socket = socket;
    socket.onmessage = (event) => this.#receive(String(event.data));
    socket.onclose = () => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      if (!this.#stopped) this.#retry();
    };
  }

  #receive(text: string): void {
    let message: { type?: string; channel?: string; code?: string; data?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (message.type === 'welcome') {
      this.#attempt = 0;
      useConnectionState.getState().set('live');
      const limit = (message as { limits?: { maxSubscriptions?: unknown } }).limits?.maxSubscriptions;
      if (typeof limit === 'number' && limit > 0) this.#maxChannelsPerMessage = limit;
      // A new connection holds nothing: everything listened to now is subscribed, in as few messages as allowed.
      this.#pending.clear();
      this.#sendChannels('subscribe', [...this.#listeners.keys()]);
    } else if (message.type === 'error' && message.code === 'GS_ERR_AUTH_FAILED') {
      // The access token expired or was revoked: refresh it, then connect again with the new one.
      this.#tokenRefused = true;
      this.#socket?.close(4000, 'reauthenticating');
    } else if (message.channel !== undefined) {
      for (const channel of channelsReached(message.channel)) for (const listener of this.#listeners.get(channel) ?? []) listener(message as ChannelMessage);
    }
  }

  #retry(): void {
    useConnectionState.getState().set('reconnecting');
    const delay = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** this.#attempt) * (0.5 + Math.random() / 2);
    this.#attempt++;
    this.#timer = setTimeout(() => {
      if (!this.#tokenRefused) return this.#open();
      this.#tokenRefused = false;
      void refreshSession().finally(() => this.#open());
    }, delay);
  }

  #queue(channel: string, change: 'subscribe' | 'unsubscribe'): void {
    // A subscribe and an unsubscribe of one channel before the flush cancel out (a component remounting).
    if (this.#pending.has(channel) && this.#pending.get(channel) !== change) this.#pending.delete(channel);
    else this.#pending.set(channel, change);
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    queueMicrotask(() => {
      this.#flushQueued = false;
      const changes = [...this.#pending];
      this.#pending.clear();
      this.#sendChannels('unsubscribe', changes.filter(([, change]) => change === 'unsubscribe').map(([channel]) => channel));
      this.#sendChannels('subscribe', changes.filter(([, change]) => change === 'subscribe').map(([channel]) => channel));
    });
  }

  #sendChannels(type: 'subscribe' | 'unsubscribe', channels: readonly string[]): void {
    for (let start = 0; start < channels.length; start += this.#maxChannelsPerMessage) this.#send({ type, channels: channels.slice(start, start + this.#maxChannelsPerMessage) });
  }

  #send(message: object): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message));
  }
}
