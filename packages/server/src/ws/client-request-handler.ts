import type { RawData } from 'ws';
import { parseChannel, type Channel } from '../bus/index.js';
import type { ClientConnection, ConnectionCounters } from './client-connection.js';
import { parseClientMessage, type ClientMessageProblem, type RequestId } from './client-message.js';
import type { ErrorMessage } from './server-message.js';
import type { Principal, ResolvedWebSocketHubOptions } from './websocket-hub-options.js';
import { WEBSOCKET_CLOSE_CODES } from './websocket-error-code.js';

/** Counters the request handler adds to. */
export interface RequestCounters extends ConnectionCounters {
  messagesReceived: number;
  abusiveClientsClosed: number;
}

/** Where subscriptions are kept: the hub's index, updated together with the connection's own channel map. */
export interface SubscriptionStore<TPrincipal extends Principal> {
  hold(client: ClientConnection<TPrincipal>, channel: Channel): void;
  release(client: ClientConnection<TPrincipal>, channelName: string): void;
}

/** Messages a connection may send while a token or channel access is being checked; more is abuse. */
const MAX_BACKLOG = 100;

function bytesOf(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

function withId<T extends object>(message: T, id: RequestId | undefined): T & { id?: RequestId } {
  return id === undefined ? message : { ...message, id };
}

/** Serves client requests (auth, subscribe, unsubscribe, ping) in arrival order, answering every refusal with `error`. */
export class ClientRequestHandler<TPrincipal extends Principal> {
  constructor(
    private readonly options: ResolvedWebSocketHubOptions<TPrincipal>,
    private readonly subscriptions: SubscriptionStore<TPrincipal>,
    private readonly counters: RequestCounters,
  ) {}

  /** Takes one frame from the client; while a token or channel access is being checked it waits its turn. */
  receive(client: ClientConnection<TPrincipal>, data: RawData, isBinary: boolean): void {
    this.counters.messagesReceived++;
    if (!client.isOpen) return;
    const perSecond = this.options.maxMessagesPerSecond;
    if (!client.spendMessage(Date.now(), perSecond)) {
      return this.refuse(client, { code: 'GS_ERR_RATE_LIMITED', message: `more than ${perSecond} messages per second; the message was dropped, slow down` });
    }
    if (isBinary) return this.refuse(client, { code: 'GS_ERR_INVALID_MESSAGE', message: 'binary frames are not accepted; send JSON text' });
    const bytes = bytesOf(data);
    if (bytes.length > this.options.maxMessageBytes) {
      return this.refuse(client, { code: 'GS_ERR_MESSAGE_TOO_LARGE', message: `message of ${bytes.length} bytes exceeds the limit of ${this.options.maxMessageBytes} bytes` });
    }
    const text = bytes.toString('utf8');
    if (!client.busy) return this.#handle(client, text);
    if (client.backlog.length >= MAX_BACKLOG) return this.#closeAsAbusive(client, `more than ${MAX_BACKLOG} messages while a check was running`);
    client.backlog.push(text);
  }

  /** Checks a token; `announce` runs first once it is settled (the welcome, for a token from the handshake). */
  async authenticate(client: ClientConnection<TPrincipal>, token: string, id: RequestId | undefined, announce?: () => void): Promise<void> {
    const authenticate = this.options.authenticate;
    if (authenticate === undefined) throw new Error('authenticate called without an authenticate hook');
    client.busy = true;
    let principal: TPrincipal | null | undefined;
    try {
      principal = await authenticate(token);
    } catch (error) {
      this.options.onError(error, { during: 'authenticate', connectionId: client.id, remoteAddress: client.remoteAddress });
    }
    client.busy = false;
    if (!client.isOpen) return;
    if (principal) client.principal = principal;
    announce?.();
    if (principal === undefined) this.refuse(client, withId({ code: 'GS_ERR_INTERNAL', message: 'the token could not be checked (authentication failed on the server); try again' } as const, id));
    else if (principal === null) this.refuse(client, withId({ code: 'GS_ERR_AUTH_FAILED', message: 'the token was rejected (invalid, expired or revoked); the connection stays anonymous' } as const, id));
    else if (announce === undefined) client.sendMessage(withId({ type: 'authenticated', principalId: principal.id } as const, id));
    this.#drainBacklog(client);
  }

  #drainBacklog(client: ClientConnection<TPrincipal>): void {
    while (!client.busy && client.isOpen && client.backlog.length > 0) this.#handle(client, client.backlog.shift() ?? '');
  }

  /** Answers a refused request with `error`, closing a connection that keeps sending bad requests. */
  refuse(client: ClientConnection<TPrincipal>, problem: ClientMessageProblem & { readonly channel?: string }): void {
    const message: ErrorMessage = { type: 'error', ...problem };
    client.sendMessage(message);
    if (client.recordError(Date.now())) this.#closeAsAbusive(client, `more than ${this.options.maxErrorsPerMinute} invalid messages per minute`);
  }

  #closeAsAbusive(client: ClientConnection<TPrincipal>, reason: string): void {
    this.counters.abusiveClientsClosed++;
    client.close(WEBSOCKET_CLOSE_CODES.tooManyErrors, reason);
  }

  #handle(client: ClientConnection<TPrincipal>, text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return this.refuse(client, { code: 'GS_ERR_BAD_JSON', message: `the message is not valid JSON: ${(error as Error).message}` });
    }
    const parsed = parseClientMessage(value, this.options.maxSubscriptions);
    if (!parsed.ok) return this.refuse(client, parsed.problem);
    const message = parsed.message;
    switch (message.type) {
      case 'ping':
        client.sendMessage(withId({ type: 'pong', serverTime: new Date().toISOString() } as const, message.id));
        return;
      case 'subscribe':
        return this.#subscribe(client, message.channels, message.id);
      case 'unsubscribe':
        return this.#unsubscribe(client, message.channels, message.id);
      case 'auth':
        return this.#auth(client, message.token, message.id);
    }
  }

  #auth(client: ClientConnection<TPrincipal>, token: string, id: RequestId | undefined): void {
    if (this.options.authenticate === undefined) {
      return this.refuse(client, withId({ code: 'GS_ERR_AUTH_FAILED', message: 'this server has no authentication configured; the connection is anonymous and needs no token' } as const, id));
    }
    if (client.principal !== null) {
      return this.refuse(client, withId({ code: 'GS_ERR_AUTH_FAILED', message: 'the connection is already authenticated; open a new connection to use another token' } as const, id));
    }
    void this.authenticate(client, token, id);
  }

  /** Canonical channels of a request, or the refusal of its first bad channel. */
  #parseChannels(client: ClientConnection<TPrincipal>, texts: readonly string[], id: RequestId | undefined): Map<string, Channel> | undefined {
    const channels = new Map<string, Channel>();
    for (const text of texts) {
      const parsed = parseChannel(text);
      if (!parsed.ok) {
        const code = parsed.problem.reason === 'unknown' ? 'GS_ERR_UNKNOWN_CHANNEL' : 'GS_ERR_INVALID_CHANNEL';
        this.refuse(client, withId({ code, message: parsed.problem.message, channel: text } as const, id));
        return undefined;
      }
      channels.set(parsed.channel.name, parsed.channel);
    }
    return channels;
  }

  /** All or nothing: when one channel is refused, the connection's subscriptions stay as they were. */
  #subscribe(client: ClientConnection<TPrincipal>, texts: readonly string[], id: RequestId | undefined): void {
    const channels = this.#parseChannels(client, texts, id);
    if (channels === undefined) return;
    const added = [...channels.values()].filter((channel) => !client.channels.has(channel.name));
    const max = this.options.maxSubscriptions;
    if (client.channels.size + added.length > max) {
      const message = `subscribing to ${added.length} more channel(s) would hold ${client.channels.size + added.length}; the limit is ${max} per connection`;
      return this.refuse(client, withId({ code: 'GS_ERR_TOO_MANY_SUBSCRIPTIONS', message } as const, id));
    }
    const principal = client.principal;
    const decisions = added.map((channel) => {
      // Alerts are per account: a connection without one (anonymous, or a principal of no user) has none to get.
      if (channel.kind === 'alerts' && principal?.userId === undefined) return false;
      try {
        return this.options.canSubscribe(principal, channel.name);
      } catch (error) {
        return Promise.reject(error as Error);
      }
    });
    if (decisions.every((decision) => typeof decision === 'boolean')) return this.#finishSubscribe(client, channels, added, decisions as boolean[], id);
    // An ownership check needs the database: later messages wait, so they are answered in order.
    client.busy = true;
    void Promise.all(decisions).then(
      (allowed) => {
        client.busy = false;
        if (client.isOpen) this.#finishSubscribe(client, channels, added, allowed, id);
        this.#drainBacklog(client);
      },
      (error: unknown) => {
        client.busy = false;
        this.#accessCheckFailed(client, error, added[0]?.name ?? '', id);
        this.#drainBacklog(client);
      },
    );
  }

  #finishSubscribe(client: ClientConnection<TPrincipal>, channels: Map<string, Channel>, added: readonly Channel[], allowed: readonly boolean[], id: RequestId | undefined): void {
    const refused = added.findIndex((_, i) => !allowed[i]);
    if (refused >= 0) {
      const name = added[refused].name;
      const who = client.principal === null ? 'an anonymous connection; authenticate first' : 'this account';
      return this.refuse(client, withId({ code: 'GS_ERR_FORBIDDEN_CHANNEL', message: `channel "${name}" is not allowed for ${who}`, channel: name } as const, id));
    }
    for (const channel of added) this.subscriptions.hold(client, channel);
    client.sendMessage(withId({ type: 'subscribed', channels: [...channels.keys()] } as const, id));
  }

  #accessCheckFailed(client: ClientConnection<TPrincipal>, error: unknown, channel: string, id: RequestId | undefined): void {
    this.options.onError(error, { during: 'canSubscribe', connectionId: client.id, remoteAddress: client.remoteAddress });
    if (client.isOpen) this.refuse(client, withId({ code: 'GS_ERR_INTERNAL', message: `access to channel "${channel}" could not be checked; try again`, channel } as const, id));
  }

  #unsubscribe(client: ClientConnection<TPrincipal>, texts: readonly string[], id: RequestId | undefined): void {
    const channels = this.#parseChannels(client, texts, id);
    if (channels === undefined) return;
    for (const name of channels.keys()) this.subscriptions.release(client, name);
    client.sendMessage(withId({ type: 'unsubscribed', channels: [...channels.keys()] } as const, id));
  }
}
