import type { Timeframe } from '@goldensignals/engine';
import type { AlertNotice, BusEventType, CHANNEL_FORMS } from '../bus/index.js';
import type { RequestId } from './client-message.js';
import type { WebSocketErrorCode } from './websocket-error-code.js';

/** First message on every connection. */
export interface WelcomeMessage {
  readonly type: 'welcome';
  readonly connectionId: string;
  /** ISO-8601 UTC. */
  readonly serverTime: string;
  readonly heartbeatIntervalMs: number;
  /** True when a token in the `Sec-WebSocket-Protocol` header was accepted. */
  readonly authenticated: boolean;
  /** The channel forms the server accepts. */
  readonly channelForms: typeof CHANNEL_FORMS;
  /** The timeframes a `bars:<SYMBOL>:<timeframe>` channel accepts. */
  readonly timeframes: readonly Timeframe[];
  readonly limits: { readonly maxSubscriptions: number; readonly maxMessageBytes: number };
}

/** Answer to `subscribe` / `unsubscribe`: the channels in canonical form (symbols upper-cased). */
export interface SubscriptionMessage {
  readonly type: 'subscribed' | 'unsubscribed';
  readonly channels: readonly string[];
  readonly id?: RequestId;
}

/** Answer to an accepted `auth`. */
export interface AuthenticatedMessage {
  readonly type: 'authenticated';
  readonly principalId: string;
  readonly id?: RequestId;
}

/** An event from the bus, on the most specific channel the client holds (`signal.data` is the stored signal). */
export interface EventMessage {
  readonly type: Exclude<BusEventType, 'outcome' | 'alert' | 'models'>;
  readonly channel: string;
  readonly data: unknown;
}

/** An alert of the connection's own account, on the `alerts` channel. */
export interface AlertMessage {
  readonly type: 'alert';
  readonly channel: 'alerts';
  readonly data: AlertNotice;
}

/** Sent every heartbeat interval. */
export interface HeartbeatMessage {
  readonly type: 'heartbeat';
  /** ISO-8601 UTC. */
  readonly serverTime: string;
}

/** Answer to `ping`. */
export interface PongMessage {
  readonly type: 'pong';
  /** ISO-8601 UTC. */
  readonly serverTime: string;
  readonly id?: RequestId;
}

/** A refused request or a notice (shutdown); the connection stays open unless a close follows. */
export interface ErrorMessage {
  readonly type: 'error';
  readonly code: WebSocketErrorCode;
  readonly message: string;
  /** The request's `id`, when it carried one. */
  readonly id?: RequestId;
  /** The channel the error is about, for channel errors. */
  readonly channel?: string;
}

/** Every message the server sends. */
export type ServerMessage = WelcomeMessage | SubscriptionMessage | AuthenticatedMessage | EventMessage | AlertMessage | HeartbeatMessage | PongMessage | ErrorMessage;

/** A message as the UTF-8 bytes of a text frame. */
export function encodeServerMessage(message: ServerMessage): Buffer {
  return Buffer.from(JSON.stringify(message));
}
