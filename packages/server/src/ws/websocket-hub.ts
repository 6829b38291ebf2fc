import { TIMEFRAMES } from '@goldensignals/engine';
import type { WebSocket } from 'ws';
import { alertOfEvent, CHANNEL_FORMS, signalIdOf, type BusEvent, type Channel, type ChannelKind } from '../bus/index.js';
import { RecentKeys } from '../support/recent-keys.js';
import { ClientConnection, type CorkableTransport } from './client-connection.js';
import { EventFanOut } from './event-fan-out.js';
import { ClientRequestHandler, type RequestCounters } from './client-request-handler.js';
import { encodeServerMessage } from './server-message.js';
import { tokenFromSubprotocols } from './subprotocol.js';
import { SubscriptionIndex } from './subscription-index.js';
import { resolveWebSocketHubOptions, type Principal, type ResolvedWebSocketHubOptions, type WebSocketHubOptions } from './websocket-hub-options.js';
import type { WebSocketHubStats } from './websocket-hub-stats.js';
import { WEBSOCKET_CLOSE_CODES } from './websocket-error-code.js';

/** What the hub needs to know about the HTTP upgrade request. */
export interface ConnectionRequest {
  /** Client address, for error reports. */
  readonly remoteAddress?: string;
  /** Request headers; `sec-websocket-protocol` may carry a `bearer.<token>` subprotocol. */
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
  /** The upgraded TCP socket: frames of one event-loop turn are then written together (see ClientConnection). */
  readonly transport?: CorkableTransport;
}

/**
 * The `/ws` service, independent of Fastify: takes accepted `ws` sockets, serves the protocol (auth, subscribe,
 * unsubscribe, ping), fans bus events out to subscribers, heartbeats, drops slow and dead clients, and shuts down
 * telling every client. Fan-out serialises each event once per channel, not once per client, and sends an event
 * on several channels a client holds once, on the most specific one.
 */
export class WebSocketHub<TPrincipal extends Principal = Principal> {
  readonly #options: ResolvedWebSocketHubOptions<TPrincipal>;
  readonly #clients = new Set<ClientConnection<TPrincipal>>();
  readonly #index = new SubscriptionIndex<ClientConnection<TPrincipal>>();
  readonly #counters: RequestCounters & { connectionsAccepted: number; unresponsiveClientsTerminated: number } = {
    connectionsAccepted: 0,
    messagesSent: 0,
    messagesReceived: 0,
    errorsSent: 0,
    slowClientsDropped: 0,
    unresponsiveClientsTerminated: 0,
    abusiveClientsClosed: 0,
  };
  readonly #requests: ClientRequestHandler<TPrincipal>;
  readonly #fanOut: EventFanOut<ClientConnection<TPrincipal>>;
  readonly #unsubscribeBus: () => void;
  /** Ids of the signals delivered lately: a signal announced again (at-least-once bus) is not pushed twice. */
  readonly #deliveredSignals = new RecentKeys(10_000);
  /** Ids of the alert triggers delivered lately, likewise. */
  readonly #deliveredAlerts = new RecentKeys(10_000);
  readonly #heartbeat: NodeJS.Timeout;
  #closing: Promise<void> | undefined;

  constructor(options: WebSocketHubOptions<TPrincipal>) {
    this.#options = resolveWebSocketHubOptions(options);
    this.#requests = new ClientRequestHandler(this.#options, { hold: (client, channel) => this.#hold(client, channel), release: (client, name) => this.#release(client, name) }, this.#counters);
    this.#fanOut = new EventFanOut(this.#index, (error) => this.#options.onError(error, { during: 'deliver' }));
    this.#unsubscribeBus = this.#options.bus.subscribe((event) => this.#deliver(event));
    this.#heartbeat = setInterval(() => this.#beat(), this.#options.heartbeatIntervalMs);
    this.#heartbeat.unref();
  }

  #deliver(event: BusEvent): void {
    // Outcomes are for the alert evaluators; clients see a closed signal through the REST API.
    if (event.type === 'outcome') return;
    // New ML models are for the servers and workers to reload, not for clients.
    if (event.type === 'models') return;
    if (event.type === 'alert') return this.#deliverAlert(event);
    const signalId = signalIdOf(event);
    if (signalId !== undefined && !this.#deliveredSignals.firstSeen(signalId)) return;
    this.#fanOut.deliver(event);
  }

  /** An alert goes to the `alerts` subscribers of its owner's account only. */
  #deliverAlert(event: BusEvent): void {
    const parsed = alertOfEvent(event);
    if (parsed === undefined) return this.#options.onError(new TypeError('an alert event lacks its owner or its alert and trigger ids; nothing was sent'), { during: 'deliver' });
    if (parsed.userId === null || !this.#deliveredAlerts.firstSeen(parsed.alert.triggerId)) return;
    const subscribers = this.#index.subscribersOf(alertIndexKey(parsed.userId));
    if (subscribers === undefined) return;
    const frame = encodeServerMessage({ type: 'alert', channel: 'alerts', data: parsed.alert });
    for (const client of subscribers) client.send(frame);
  }

  /** Where a subscription is indexed: alerts under the connection's account, every other channel under its name. */
  #indexKey(client: ClientConnection<TPrincipal>, name: string, kind: ChannelKind): string {
    return kind === 'alerts' ? alertIndexKey(client.principal?.userId ?? '') : name;
  }

  /** Largest frame the WebSocket server should accept (its `maxPayload`); bigger frames close the socket (1009). */
  get maxFrameBytes(): number {
    return Math.max(64 * 1024, this.#options.maxMessageBytes * 4);
  }

  /** Takes an accepted socket: sends `welcome` (after checking a handshake token, if any) and serves it until it closes. */
  accept(socket: WebSocket, request: ConnectionRequest = {}): void {
    if (this.#closing !== undefined) {
      socket.send(encodeServerMessage({ type: 'error', code: 'GS_ERR_SHUTTING_DOWN', message: 'the server is shutting down; reconnect in a moment' }));
      socket.close(WEBSOCKET_CLOSE_CODES.goingAway, 'server shutting down');
      return;
    }
    const client = new ClientConnection<TPrincipal>(socket, request.remoteAddress, {
      maxBufferedBytes: this.#options.maxBufferedBytes,
      maxErrorsPerMinute: this.#options.maxErrorsPerMinute,
      closeTimeoutMs: this.#options.closeTimeoutMs,
      transport: request.transport,
      counters: this.#counters,
      onLeave: (leaving) => this.#leave(leaving),
    });
    this.#clients.add(client);
    this.#counters.connectionsAccepted++;
    void client.closed.then(() => this.#clients.delete(client));
    socket.on('message', (data, isBinary) => this.#requests.receive(client, data, isBinary));
    socket.on('pong', () => {
      client.awaitingPong = false;
    });
    socket.on('error', (error) => this.#options.onError(error, { during: 'socket', connectionId: client.id, remoteAddress: client.remoteAddress }));
    const token = this.#options.authenticate === undefined ? undefined : tokenFromSubprotocols(request.headers?.['sec-websocket-protocol']);
    if (token === undefined) this.#welcome(client);
    else void this.#requests.authenticate(client, token, undefined, () => this.#welcome(client));
  }

  /** Closes every connection of the principal (e.g. its token was revoked) with 4003 and `reason`; returns how many. */
  disconnectPrincipal(principalId: string, reason: string): number {
    return this.disconnectPrincipals((principal) => principal.id === principalId, reason);
  }

  /** Closes (4003, `reason`) every authenticated connection whose principal matches (e.g. all of a user's sessions). */
  disconnectPrincipals(matches: (principal: TPrincipal) => boolean, reason: string): number {
    let closed = 0;
    for (const client of this.#clients) {
      if (client.isOpen && client.principal !== null && matches(client.principal)) {
        client.close(WEBSOCKET_CLOSE_CODES.principalDisconnected, reason);
        closed++;
      }
    }
    return closed;
  }

  /** Connections, subscriptions by channel kind, and counters since start, for /metrics. */
  stats(): WebSocketHubStats {
    let connections = 0;
    let authenticatedConnections = 0;
    for (const client of this.#clients) {
      if (!client.isOpen) continue;
      connections++;
      if (client.principal !== null) authenticatedConnections++;
    }
    const { connectionsAccepted, messagesSent, messagesReceived, errorsSent, slowClientsDropped, unresponsiveClientsTerminated, abusiveClientsClosed } = this.#counters;
    return {
      connections,
      authenticatedConnections,
      subscriptionsByKind: this.#index.countsByKind(),
      connectionsAccepted,
      messagesSent,
      messagesReceived,
      errorsSent,
      slowClientsDropped,
      unresponsiveClientsTerminated,
      abusiveClientsClosed,
    };
  }

  /**
   * Graceful shutdown: stops taking events and connections, sends every client `error GS_ERR_SHUTTING_DOWN` and a
   * 1001 close, and resolves once all have closed (a client that does not answer is terminated after the close timeout).
   */
  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  async #shutdown(): Promise<void> {
    this.#unsubscribeBus();
    clearInterval(this.#heartbeat);
    const clients = [...this.#clients];
    for (const client of clients) {
      const told = client.sendMessage({ type: 'error', code: 'GS_ERR_SHUTTING_DOWN', message: 'the server is shutting down; reconnect and resubscribe in a moment' });
      if (told) client.close(WEBSOCKET_CLOSE_CODES.goingAway, 'server shutting down');
    }
    await Promise.all(clients.map((client) => client.closed));
  }

  #welcome(client: ClientConnection<TPrincipal>): void {
    client.welcomed = true;
    client.sendMessage({
      type: 'welcome',
      connectionId: client.id,
      serverTime: new Date().toISOString(),
      heartbeatIntervalMs: this.#options.heartbeatIntervalMs,
      authenticated: client.principal !== null,
      channelForms: CHANNEL_FORMS,
      timeframes: TIMEFRAMES,
      limits: { maxSubscriptions: this.#options.maxSubscriptions, maxMessageBytes: this.#options.maxMessageBytes },
    });
  }

  #hold(client: ClientConnection<TPrincipal>, channel: Channel): void {
    client.channels.set(channel.name, channel.kind);
    this.#index.add(this.#indexKey(client, channel.name, channel.kind), channel.kind, client);
  }

  #release(client: ClientConnection<TPrincipal>, name: string): void {
    const kind = client.channels.get(name);
    if (kind === undefined) return;
    client.channels.delete(name);
    this.#index.remove(this.#indexKey(client, name, kind), kind, client);
  }

  /** A closing or closed client stops receiving events at once, even before its socket is gone. */
  #leave(client: ClientConnection<TPrincipal>): void {
    for (const [name, kind] of client.channels) this.#index.remove(this.#indexKey(client, name, kind), kind, client);
    client.channels.clear();
  }

  #beat(): void {
    const frame = encodeServerMessage({ type: 'heartbeat', serverTime: new Date().toISOString() });
    for (const client of this.#clients) {
      if (!client.isOpen) continue;
      if (client.awaitingPong) {
        this.#counters.unresponsiveClientsTerminated++;
        client.terminate();
      } else if (!client.welcomed || client.send(frame)) {
        // Until the welcome (a handshake token still being checked) only the protocol ping goes out.
        client.ping();
      }
    }
  }
}

/** The index key of an account's alert subscribers: not a channel name a client can send, so no event reaches it by name. */
function alertIndexKey(userId: string): string {
  return `alerts#${userId}`;
}
