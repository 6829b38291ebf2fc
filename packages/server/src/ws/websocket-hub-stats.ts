import type { ChannelKind } from '../bus/index.js';

/** A snapshot of the hub for /metrics: gauges (connections, subscriptions) and counters since start. */
export interface WebSocketHubStats {
  /** Open connections (closing ones excluded). */
  readonly connections: number;
  readonly authenticatedConnections: number;
  /** Subscriptions held, by channel kind (a gauge; `signals` counts connections holding `signals`). */
  readonly subscriptionsByKind: Readonly<Record<ChannelKind, number>>;
  /** Connections accepted since start. */
  readonly connectionsAccepted: number;
  /** Messages sent to clients (events, replies, heartbeats, errors). */
  readonly messagesSent: number;
  readonly messagesReceived: number;
  readonly errorsSent: number;
  /** Connections closed because their unsent backlog passed the buffer limit. */
  readonly slowClientsDropped: number;
  /** Connections terminated for not answering a protocol ping. */
  readonly unresponsiveClientsTerminated: number;
  /** Connections closed for sending too many bad messages. */
  readonly abusiveClientsClosed: number;
}
